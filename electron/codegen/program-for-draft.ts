/**
 * A draft → the program a snippet is rendered from: the same steps as the send pipeline (profile,
 * variables, base URL, the provider's builder, extra rows), with every secret a marker that becomes an
 * environment variable, and the provider's auth written as code instead of applied.
 */
import { buildProgram, envMarker } from '../../shared/codegen/build';
import { withPlainAuth } from '../../shared/codegen/plain-auth';
import type { CodeProgram, EnvVar } from '../../shared/codegen/program';
import { providerCodegens } from '../../shared/codegen/providers';
import type { HttpRequestSpec } from '../../shared/http/types';
import type { ProfileView } from '../../shared/profiles/schema';
import { providerDefinition } from '../../shared/providers/registry';
import type { ProviderId } from '../../shared/providers/types';
import { buildPlainRequest } from '../../shared/request/build-plain';
import type { RequestDraft } from '../../shared/request/draft';
import type { DraftProblem } from '../../shared/request/outcome';
import { substitute, substituteDeep } from '../../shared/request/variables';
import type { PipelineMocks } from '../pipeline/ports';
import { errorMessage } from '../../shared/values';

export interface CodegenDeps {
  readonly profile: (id: string) => ProfileView | undefined;
  readonly mocks: PipelineMocks;
}

export type ProgramResult =
  | {
      readonly ok: true;
      readonly program: CodeProgram;
      /** Which profile secret each environment variable stands for (to fill in real secrets in main). */
      readonly secretOf: Readonly<Record<string, string>>;
      readonly profileId: string | null;
    }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

const isProvider = (sandbox: RequestDraft['sandbox']): sandbox is ProviderId => sandbox !== 'http';

/** `apiKey` → `API_KEY`: the generic variable name for a secret field without a provider-given one. */
const snake = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();

function secretVariable(sandbox: RequestDraft['sandbox'], key: string): EnvVar {
  const given = isProvider(sandbox) ? providerCodegens[sandbox].secretEnv[key] : undefined;
  return given ?? { name: `${snake(sandbox)}_${snake(key)}`, description: `the profile's secret "${key}"` };
}

export async function programForDraft(draft: RequestDraft, deps: CodegenDeps): Promise<ProgramResult> {
  const profile = draft.profileId ? (deps.profile(draft.profileId) ?? null) : null;
  if (draft.profileId && !profile)
    return { ok: false, problems: [{ field: 'profile', message: 'The selected profile no longer exists.' }] };
  if (isProvider(draft.sandbox) && !profile)
    return { ok: false, problems: [{ field: 'profile', message: 'Pick a profile: the code needs its settings.' }] };

  // Secrets referenced as {{key}} become environment variables; the rest of the values are written as is.
  const secretKeys = Object.entries(profile?.secrets ?? {})
    .filter(([, s]) => s.set)
    .map(([key]) => key);
  const variables = secretKeys.map((key) => secretVariable(draft.sandbox, key));
  const values: Record<string, string> = { ...(profile?.fields ?? {}) };
  secretKeys.forEach((key, i) => (values[key] = envMarker(variables[i]!.name)));
  for (const variable of profile?.variables ?? []) values[variable.name] = variable.value;
  const secretOf = Object.fromEntries(secretKeys.map((key, i) => [variables[i]!.name, key]));

  const missing: string[] = [];
  // The auth helper's fields become environment variables in the code, never values: they are not resolved.
  const { auth, ...rest } = draft;
  const resolved = substituteDeep(rest, values, missing) as RequestDraft;
  if (missing.length > 0) {
    const names = [...new Set(missing)].map((name) => `{{${name}}}`).join(', ');
    return { ok: false, problems: [{ field: 'variables', message: `No value for ${names}.` }] };
  }
  const baseUrl = profile ? await deps.mocks.resolveBaseUrl(substitute(profile.baseUrl, values).text) : '';
  const insecure = profile ? !profile.tlsVerify : false;
  const used = (request: HttpRequestSpec) => {
    const text = JSON.stringify(request);
    return variables.filter((v) => text.includes(JSON.stringify(envMarker(v.name)).slice(1, -1)));
  };

  if (!isProvider(resolved.sandbox)) {
    const built = buildPlainRequest(resolved, baseUrl);
    if (!built.ok) return built;
    const program = withPlainAuth(
      buildProgram({ request: built.request, insecure, variables: used(built.request) }),
      auth,
    );
    return { ok: true, program, secretOf, profileId: profile?.id ?? null };
  }
  const definition = providerDefinition(resolved.sandbox);
  if (!definition || !profile)
    return {
      ok: false,
      problems: [{ field: 'sandbox', message: `The ${resolved.sandbox} provider is not available.` }],
    };
  const built = definition.buildRequest(resolved.provider ?? { endpointId: null, params: {} }, {
    baseUrl,
    fields: profile.fields,
  });
  if (!built.ok)
    return { ok: false, problems: built.errors.map((e) => ({ field: e.param ?? 'params', message: e.message })) };
  const url = new URL(built.request.url);
  for (const row of resolved.query.filter((r) => r.enabled && r.name.trim() !== ''))
    url.searchParams.append(row.name, row.value);
  const extraHeaders = resolved.headers
    .filter((row) => row.enabled && row.name.trim() !== '')
    .map((row) => [row.name, row.value] as [string, string]);
  const request: HttpRequestSpec = {
    ...built.request,
    url: url.toString(),
    headers: [...built.request.headers, ...extraHeaders],
  };
  try {
    const program = buildProgram({
      request,
      insecure,
      variables: used(request),
      provider: {
        codegen: providerCodegens[resolved.sandbox],
        context: { baseUrl, fields: profile.fields, secretsSet: new Set(secretKeys) },
      },
    });
    return { ok: true, program, secretOf, profileId: profile.id };
  } catch (error) {
    const message = errorMessage(error);
    return { ok: false, problems: [{ field: 'profile', message: `${profile.name}: ${message}` }] };
  }
}
