/**
 * Matches a request to an APSIS method by URL shape, from the same catalog Parley shows: literal
 * segments beat placeholders, a known URL with the wrong verb is -8, an unknown URL is -3.
 */
import { apsisCatalog, type ApsisEndpointSpec } from '../../../shared/providers/apsis/catalog';

interface Route {
  readonly endpoint: ApsisEndpointSpec;
  readonly segments: readonly string[];
}

const routes: readonly Route[] = apsisCatalog.map((endpoint) => ({
  endpoint,
  segments: endpoint.path.split('/').filter(Boolean),
}));

export type RouteMatch =
  | {
      readonly kind: 'found';
      readonly endpoint: ApsisEndpointSpec;
      readonly pathParams: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'wrong-method'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

function matchSegments(
  route: Route,
  parts: readonly string[],
): { params: Record<string, string>; literals: number } | null {
  if (route.segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  let literals = 0;
  for (const [index, segment] of route.segments.entries()) {
    const part = parts[index] ?? '';
    const placeholder = /^\{(\w+)\}$/.exec(segment);
    if (placeholder) params[placeholder[1] ?? ''] = decodeURIComponent(part);
    // The docs: URL parts may be case sensitive. The mock holds the strict reading.
    else if (segment === part) literals += 1;
    else return null;
  }
  return { params, literals };
}

export function matchRoute(method: string, pathname: string): RouteMatch {
  const parts = pathname.split('/').filter(Boolean);
  const candidates = routes
    .map((route) => ({ route, match: matchSegments(route, parts) }))
    .filter(
      (candidate): candidate is { route: Route; match: { params: Record<string, string>; literals: number } } =>
        candidate.match !== null,
    );
  if (candidates.length === 0) return { kind: 'not-found' };
  const best = Math.max(...candidates.map((candidate) => candidate.match.literals));
  const specific = candidates.filter((candidate) => candidate.match.literals === best);
  const found =
    specific.find((candidate) => candidate.route.endpoint.method === method) ??
    candidates.find((candidate) => candidate.route.endpoint.method === method);
  if (found) return { kind: 'found', endpoint: found.route.endpoint, pathParams: found.match.params };
  return {
    kind: 'wrong-method',
    allowed: [...new Set(candidates.map((candidate) => candidate.route.endpoint.method))],
  };
}
