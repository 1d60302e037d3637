/**
 * Finds the catalog entry a call is (method and path template), and turns the call's query, headers and
 * body into that entry's parameters; what the entry does not name stays as extra headers or query rows.
 */
import type { EndpointSpec } from '../../providers/catalog';
import type { ProviderDraft } from '../../providers/types';
import type { HttpCall } from '../http-call';

const segments = (path: string) => path.replace(/^\/+|\/+$/g, '').split('/');

/** The entry whose path template matches `relativePath`, with the path parameters' values. */
export function matchEndpoint(
  catalog: readonly EndpointSpec[],
  method: string,
  relativePath: string,
): { endpoint: EndpointSpec; pathParams: Record<string, string> } | null {
  const wanted = segments(relativePath).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  let best: { endpoint: EndpointSpec; pathParams: Record<string, string>; literal: number } | null = null;
  for (const endpoint of catalog) {
    if (endpoint.method !== method) continue;
    const template = segments(endpoint.path.split('?')[0] ?? '');
    if (template.length !== wanted.length) continue;
    const pathParams: Record<string, string> = {};
    let literal = 0;
    const fits = template.every((part, i) => {
      const value = wanted[i] ?? '';
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name) {
        pathParams[name] = value;
        return value !== '';
      }
      literal += 1;
      return part.toLowerCase() === value.toLowerCase();
    });
    // The most literal template wins: `/Persons/Count` over `/Persons/{id}`.
    if (fits && (!best || literal > best.literal)) best = { endpoint, pathParams, literal };
  }
  return best && { endpoint: best.endpoint, pathParams: best.pathParams };
}

const skippedHeaders = new Set(['content-type', 'accept', 'content-length', 'host']);

/** The call's values as the entry's parameters; `consumedHeaders` were taken by the recogniser (auth). */
export function draftForEndpoint(
  match: { endpoint: EndpointSpec; pathParams: Record<string, string> },
  call: HttpCall,
  extra: { consumedHeaders?: readonly string[]; consumedFields?: readonly string[] } = {},
): ProviderDraft {
  const { endpoint } = match;
  const params: Record<string, unknown> = { ...match.pathParams };
  const named = (location: string) =>
    new Map(endpoint.params.filter((p) => p.in === location).map((p) => [p.name.toLowerCase(), p.name]));
  const queryNames = new Map([...named('query'), ...named('params')]);
  const headerNames = named('header');
  const consumed = new Set((extra.consumedHeaders ?? []).map((h) => h.toLowerCase()));
  const consumedFields = new Set(extra.consumedFields ?? []);
  const url = new URL(call.url);
  for (const [name, value] of url.searchParams) {
    if (consumedFields.has(name)) continue;
    params[queryNames.get(name.toLowerCase()) ?? name] = value;
  }
  const headers: [string, string][] = [];
  for (const [name, value] of call.headers) {
    const lower = name.toLowerCase();
    if (consumed.has(lower) || skippedHeaders.has(lower)) continue;
    const param = headerNames.get(lower);
    if (param) params[param] = value;
    else headers.push([name, value]);
  }
  const bodyParam = endpoint.params.find((p) => p.in === 'body');
  const body = call.body;
  if (body.kind === 'form')
    for (const field of body.fields) {
      if (consumedFields.has(field.name)) continue;
      params[queryNames.get(field.name.toLowerCase()) ?? field.name] = field.value;
    }
  else if ((body.kind === 'json' || body.kind === 'text') && body.text !== '')
    params[bodyParam?.name ?? 'body'] = body.text;
  return { endpointId: endpoint.id, params, ...(headers.length ? { headers } : {}) };
}
