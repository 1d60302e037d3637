/**
 * The workspace's part of preparing a request: variable values from the layers (globals, collection,
 * environment, folders), dynamic values, and the checks that keep secret variables to their origins.
 * Credentials typed in clear into headers or query are listed as sensitive so history masks them.
 */
import { originAllowed, resolveLayers, type ResolvedVariable } from '../../shared/environments/layers';
import { maskSecret } from '../../shared/profiles/schema';
import { credentialSecretPart, isClearCredential } from '../../shared/request/credentials';
import type { RequestDraft } from '../../shared/request/draft';
import { dynamicValues, type DynamicSources } from '../../shared/request/dynamic-values';
import { VARIABLE_PATTERN } from '../../shared/request/variables';
import type { WorkspaceLayers } from '../environments/workspace-layers';

export interface WorkspaceValues {
  /** Name → value to substitute (secrets masked in a preview). */
  readonly values: Record<string, string>;
  readonly resolved: ReadonlyMap<string, ResolvedVariable>;
}

export async function workspaceValues(
  workspace: WorkspaceLayers | undefined,
  dynamic: DynamicSources,
  collectionFile: string | null,
  mode: 'preview' | 'send',
): Promise<WorkspaceValues> {
  const resolved = resolveLayers(workspace ? await workspace.layers(collectionFile) : []);
  const values: Record<string, string> = {};
  for (const [name, variable] of resolved)
    values[name] = variable.secret && mode === 'preview' ? maskSecret(variable.value).masked || '••••' : variable.value;
  return { values, resolved };
}

export const dynamicFor = (dynamic: DynamicSources) => dynamicValues(dynamic);

/** Names referenced anywhere in a value (any depth). */
export function referencedNames(value: unknown): Set<string> {
  const names = new Set<string>();
  for (const match of JSON.stringify(value ?? null).matchAll(VARIABLE_PATTERN)) if (match[1]) names.add(match[1]);
  return names;
}

/** The names plus every name their values use, transitively (`base = {{token}}/x` uses token). */
function withNested(names: ReadonlySet<string>, resolved: ReadonlyMap<string, ResolvedVariable>): Set<string> {
  const all = new Set(names);
  const queue = [...names];
  while (queue.length > 0) {
    const value = resolved.get(queue.pop() ?? '')?.value ?? '';
    for (const match of value.matchAll(VARIABLE_PATTERN))
      if (match[1] && !all.has(match[1])) {
        all.add(match[1]);
        queue.push(match[1]);
      }
  }
  return all;
}

/**
 * Secret variables used by the draft that would go to an origin they are not allowed for. `shadowed`
 * names are taken from the profile instead (a profile's own secrets follow the profile's rules).
 */
export function secretOriginProblems(
  uses: readonly { names: ReadonlySet<string>; url: string }[],
  resolved: ReadonlyMap<string, ResolvedVariable>,
  shadowed: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const { names, url } of uses) {
    for (const name of withNested(names, resolved)) {
      const variable = resolved.get(name);
      if (!variable?.secret || shadowed.has(name) || originAllowed(url, variable.allowedOrigins)) continue;
      let origin = url;
      try {
        origin = new URL(url).origin;
      } catch {
        // The URL is reported as written.
      }
      const allowed = variable.allowedOrigins.length ? variable.allowedOrigins.join(', ') : 'no origin yet';
      problems.push(
        `The secret variable {{${name}}} (${variable.layer}) may be sent to ${allowed}, not to ${origin}. Nothing was sent; add ${origin} to its allowed origins if it belongs there.`,
      );
    }
  }
  return problems;
}

/** Secret values of variables the draft uses, and credentials typed in clear: what history must mask. */
export function workspaceSensitive(
  draft: RequestDraft,
  resolvedDraft: RequestDraft,
  resolved: ReadonlyMap<string, ResolvedVariable>,
): string[] {
  const out: string[] = [];
  for (const name of withNested(referencedNames(draft), resolved)) {
    const variable = resolved.get(name);
    if (variable?.secret && variable.value) out.push(variable.value);
  }
  const rows = [
    ...resolvedDraft.headers,
    ...resolvedDraft.query,
    ...(resolvedDraft.provider?.headers ?? []).map(([name, value]) => ({ name, value })),
  ];
  for (const row of rows) if (isClearCredential(row.name, row.value)) out.push(credentialSecretPart(row.value));
  return out;
}
