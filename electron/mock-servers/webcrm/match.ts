/** Finds the catalog operation a request addresses: literal segments beat `{parameters}`, names are case-insensitive. */
import { webcrmOpenApi } from '../../../shared/providers/webcrm/openapi/digest.generated';
import type { DigestOperation } from '../../../shared/providers/webcrm/openapi/digest';

interface Route {
  readonly operation: DigestOperation;
  readonly segments: readonly string[];
  readonly literals: number;
}

const routes: Route[] = webcrmOpenApi.operations.map((operation) => {
  const segments = operation.path.split('/').filter(Boolean);
  return { operation, segments, literals: segments.filter((segment) => !segment.startsWith('{')).length };
});

export interface Matched {
  readonly operation: DigestOperation;
  readonly pathParams: Readonly<Record<string, string>>;
}

/** The operation, or 'method' when the path exists with other verbs only, or null. */
export function matchOperation(method: string, pathname: string): Matched | 'method' | null {
  const parts = pathname
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  let best: { route: Route; params: Record<string, string> } | null = null;
  let pathExists = false;
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = route.segments.every((segment, index) => {
      const part = parts[index] ?? '';
      if (segment.startsWith('{')) {
        params[segment.slice(1, -1)] = part;
        return true;
      }
      return segment.toLowerCase() === part.toLowerCase();
    });
    if (!fits) continue;
    pathExists = true;
    if (route.operation.method !== method.toUpperCase()) continue;
    if (!best || route.literals > best.route.literals) best = { route, params };
  }
  if (best) return { operation: best.route.operation, pathParams: best.params };
  return pathExists ? 'method' : null;
}
