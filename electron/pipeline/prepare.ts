/**
 * Draft → concrete request: resolves the profile, its variables and base URL, lets the provider build the
 * request, and applies credentials. The same steps serve `request.preview` (masked, no network) and
 * `request.send` (real secrets).
 */
import type { HttpRequestSpec } from '../../shared/http/types';
import { maskSecret, type ProfileView } from '../../shared/profiles/schema';
import { providerDefinition } from '../../shared/providers/registry';
import type { ProviderDefinition, ProviderId } from '../../shared/providers/types';
import { buildPlainRequest } from '../../shared/request/build-plain';
import type { RequestDraft } from '../../shared/request/draft';
import type { DraftProblem } from '../../shared/request/outcome';
import { expandNested, substitute, substituteDeep } from '../../shared/request/variables';
import type { Clock } from '../deps';
import type { ProviderAuths } from '../providers/registry';
import type { AuthContext, PlainResponse, ProviderAuth } from '../providers/types';
import { resolveBodyFiles, type FileGrants } from '../files/file-grants';
import { originOf } from '../../shared/request/url';
import type { OriginGuard } from './origin-binding';
import { profileHomeUrl } from './profile-home';
import type { PipelineMocks, PipelineVault } from './ports';
import type { DynamicSources } from '../../shared/request/dynamic-values';
import type { WorkspaceLayers } from '../environments/workspace-layers';
import { applyPlainAuth } from '../http-auth/plain-auth';
import type { OAuth2Tokens } from '../http-auth/oauth2-tokens';
import type { OAuth2Auth } from '../../shared/request/plain-auth';
import {
  dynamicFor,
  referencedNames,
  secretOriginProblems,
  workspaceSensitive,
  workspaceValues,
} from './workspace-variables';
import { errorMessage } from '../../shared/values';

export interface PrepareDeps {
  readonly auths: ProviderAuths;
  readonly vault: PipelineVault;
  readonly mocks: PipelineMocks;
  readonly clock: Clock;
  /** Sends a side request (token exchange) without recording it. */
  readonly sideSend: (request: HttpRequestSpec, tlsVerify: boolean) => Promise<PlainResponse>;
  /** Files the user picked in main's dialog: a body names a file only by its token. */
  readonly files: FileGrants;
  /** Keeps a profile's secrets on its own origin unless the user allows another. */
  readonly originGuard: OriginGuard;
  /** Globals, environments and folder variables; without it only the profile's variables apply. */
  readonly workspace?: WorkspaceLayers;
  readonly oauth: OAuth2Tokens;
  readonly dynamic: DynamicSources;
}

/** Where the draft was opened from: its folders' variables apply. */
export interface PrepareContext {
  readonly collectionFile: string | null;
  /** The user chose "Send anyway": the provider's catalog checks warn instead of refusing. */
  readonly lenient?: boolean;
}

export type Prepared =
  | {
      readonly ok: true;
      readonly request: HttpRequestSpec;
      readonly sensitive: readonly string[];
      readonly profile: ProfileView | null;
      readonly definition: ProviderDefinition | null;
      readonly auth: ProviderAuth | null;
      readonly authContext: AuthContext | null;
      readonly warnings: readonly string[];
      /** The resolved OAuth 2.0 settings of a plain request, so a refused token can be forgotten. */
      readonly oauth?: OAuth2Auth;
    }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

const isProvider = (sandbox: RequestDraft['sandbox']): sandbox is ProviderId => sandbox !== 'http';

/** Refuses (or asks about) a send that would take the profile's secrets away from its base URL's origin. */
async function bindToProfileOrigin(
  profile: ProfileView | null,
  homeUrl: string,
  url: string,
  deps: PrepareDeps,
): Promise<Prepared | null> {
  if (!profile || !Object.values(profile.secrets).some((secret) => secret.set)) return null;
  const home = originOf(homeUrl);
  const verdict = await deps.originGuard.check(
    { key: `profile:${profile.id}`, label: `profile "${profile.name}"`, allowedOrigins: home ? [home] : [] },
    url,
  );
  return verdict.ok ? null : { ok: false, problems: [{ field: 'url', message: verdict.message }] };
}

/** A preview's stand-ins for the profile's secrets: each set secret as its mask, never its value. */
function maskedSecrets(profile: ProfileView): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, secret] of Object.entries(profile.secrets))
    if (secret.set) masked[name] = secret.masked || maskSecret('x').masked;
  return masked;
}

export async function prepareRequest(
  draft: RequestDraft,
  deps: PrepareDeps,
  mode: 'preview' | 'send',
  context: PrepareContext = { collectionFile: null },
): Promise<Prepared> {
  const profile = draft.profileId ? (deps.vault.get(draft.profileId) ?? null) : null;
  if (draft.profileId && !profile)
    return {
      ok: false,
      problems: [{ field: 'profile', message: 'The selected profile no longer exists. Pick another one.' }],
    };
  if (isProvider(draft.sandbox) && !profile)
    return {
      ok: false,
      problems: [{ field: 'profile', message: 'Pick a profile: it holds the credentials this provider needs.' }],
    };

  const realSecrets = profile && mode === 'send' ? deps.vault.secretsFor(profile.id) : {};
  const secrets = profile && mode === 'preview' ? maskedSecrets(profile) : realSecrets;
  const workspace = await workspaceValues(deps.workspace, deps.dynamic, context.collectionFile, mode);
  // The profile's values win over the workspace's (order in shared/environments/types.ts).
  const profileValues: Record<string, string> = { ...(profile?.fields ?? {}), ...secrets };
  for (const variable of profile?.variables ?? []) profileValues[variable.name] = variable.value;
  const values = expandNested({ ...workspace.values, ...profileValues, ...dynamicFor(deps.dynamic) });
  const shadowed = new Set(Object.keys(profileValues));

  const missing: string[] = [];
  const resolved = substituteDeep(draft, values, missing) as RequestDraft;
  if (missing.length > 0) {
    const names = [...new Set(missing)].map((name) => `{{${name}}}`).join(', ');
    return {
      ok: false,
      problems: [
        {
          field: 'variables',
          message: `No value for ${names}. Define it in an environment, a folder's or the profile's variables.`,
        },
      ],
    };
  }
  const sensitive = [
    ...Object.values(realSecrets).filter((value) => value.length > 0),
    ...(mode === 'send' ? workspaceSensitive(draft, resolved, workspace.resolved) : []),
  ];
  const { auth: draftAuth, ...rest } = draft;
  const originCheck = (url: string, authUrl: string | null) =>
    secretOriginProblems(
      [
        { names: referencedNames({ ...rest, auth: draftAuth?.kind === 'oauth2' ? null : draftAuth }), url },
        ...(draftAuth?.kind === 'oauth2' && authUrl ? [{ names: referencedNames(draftAuth), url: authUrl }] : []),
      ],
      workspace.resolved,
      shadowed,
    ).map((message) => ({ field: 'variables', message }));
  const baseUrl = profile ? await deps.mocks.resolveBaseUrl(substitute(profile.baseUrl, values).text) : '';
  const warnings = profile && !profile.tlsVerify ? ['TLS certificate verification is off for this profile.'] : [];

  if (!isProvider(resolved.sandbox)) {
    const files =
      mode === 'send' ? resolveBodyFiles(resolved.body, deps.files) : { ok: true as const, body: resolved.body };
    if (!files.ok) return { ok: false, problems: [{ field: 'body', message: files.message }] };
    const built = buildPlainRequest({ ...resolved, body: files.body }, baseUrl);
    if (!built.ok) return built;
    const refused = mode === 'send' ? await bindToProfileOrigin(profile, baseUrl, built.request.url, deps) : null;
    if (refused) return refused;
    const oauthUrl = resolved.auth?.kind === 'oauth2' ? resolved.auth.tokenUrl : null;
    const originProblems = originCheck(built.request.url, oauthUrl);
    if (originProblems.length > 0) return { ok: false, problems: originProblems };
    let authed;
    try {
      authed = await applyPlainAuth(built.request, resolved.auth, deps.oauth, mode);
    } catch (error) {
      const message = errorMessage(error);
      return { ok: false, problems: [{ field: 'auth', message }] };
    }
    return {
      ok: true,
      request: authed.request,
      sensitive: [...sensitive, ...authed.sensitive],
      ...(resolved.auth?.kind === 'oauth2' ? { oauth: resolved.auth } : {}),
      profile,
      definition: null,
      auth: null,
      authContext: null,
      warnings,
    };
  }

  const definition = providerDefinition(resolved.sandbox);
  const auth = deps.auths.get(resolved.sandbox);
  if (!profile)
    return {
      ok: false,
      problems: [{ field: 'profile', message: 'Pick a profile: it holds the credentials this provider needs.' }],
    };
  const providerDraft = resolved.provider ?? { endpointId: null, params: {} };
  const built = definition.buildRequest(
    providerDraft,
    { baseUrl, fields: profile.fields },
    { lenient: context.lenient ?? false },
  );
  if (!built.ok)
    return { ok: false, problems: built.errors.map((e) => ({ field: e.param ?? 'params', message: e.message })) };

  const extraHeaders = resolved.headers
    .filter((row) => row.enabled && row.name.trim() !== '')
    .map((row) => [row.name, row.value] as [string, string]);
  const url = new URL(built.request.url);
  for (const row of resolved.query.filter((r) => r.enabled && r.name.trim() !== ''))
    url.searchParams.append(row.name, row.value);
  const request: HttpRequestSpec = {
    ...built.request,
    url: url.toString(),
    headers: [...built.request.headers, ...extraHeaders],
  };
  const originProblems = originCheck(request.url, null);
  if (originProblems.length > 0) return { ok: false, problems: originProblems };

  // Before auth runs: applying it may already send a secret (webCRM's token exchange goes to this origin).
  // The profile's home is where the provider sends its own connection test (APSIS: the region's host).
  const homeUrl = profileHomeUrl(profile, baseUrl, deps.auths);
  const refused = mode === 'send' ? await bindToProfileOrigin(profile, homeUrl, request.url, deps) : null;
  if (refused) return refused;

  const authContext: AuthContext = {
    // Auth sees the base URL the request goes to (a mock:// Demo profile resolved to its running mock).
    profile: { ...profile, baseUrl },
    secrets,
    preview: mode === 'preview',
    send: (side) => deps.sideSend(side, profile.tlsVerify),
    clock: deps.clock,
  };
  let applied;
  try {
    applied = await auth.apply(request, authContext);
  } catch (error) {
    // Missing credentials, a refused token exchange: the profile needs attention, the request is fine.
    const message = errorMessage(error);
    return { ok: false, problems: [{ field: 'profile', message: `${profile.name}: ${message}` }] };
  }
  return {
    ok: true,
    request: applied.request,
    sensitive: [...sensitive, ...applied.sensitive],
    profile,
    definition,
    auth,
    authContext,
    warnings: [...warnings, ...built.warnings],
  };
}
