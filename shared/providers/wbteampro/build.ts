/**
 * Draft → the HTTP request wbTeamPro expects, without credentials (main adds username and the MD5).
 * The draft names its chain either by `path` (what the chain builder writes: `api.php/v1/projects/100/json`)
 * or by `endpointId` (a method of the catalog) with the record id among its params.
 */
import type { HttpRequestSpec } from '../../http/types';
import {
  strictBuild,
  type BuildOptions,
  type ProfileContext,
  type ProviderDraft,
  type RequestBuildResult,
} from '../types';
import { formatChain } from './chain/format';
import { idNames, methodByName, type ChainMethod } from './chain/methods';
import {
  actionString,
  chainForMethod,
  chainIdPattern,
  methodForChain,
  urlStyles,
  verbsForChain,
  type Chain,
  type UrlStyle,
} from './chain/model';
import { parseChain } from './chain/parse';
import { paramsFor } from './fields';
import { resolveOptions } from './options';
import { checkParams, cleanParams, encodeParams, encodeQuery } from './params';
import { paramVerdict } from '../param-check';

type Problem = { readonly param?: string; readonly message: string };
const failed = (...errors: Problem[]): RequestBuildResult => ({ ok: false, errors });

/** Query names the builder or main set itself: a pasted path may not smuggle them in. */
const reservedQuery = new Set(['action', 'params', 'method', 'username', 'password']);

/** `{whmcs}/modules/addons/wbteampro/`, also when the user gave the addon's or api.php's own URL. */
export function addonBaseUrl(baseUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const marker = '/modules/addons/wbteampro';
  const at = url.pathname.indexOf(marker);
  const root = at >= 0 ? url.pathname.slice(0, at) : url.pathname.replace(/\/+$/, '');
  return `${url.origin}${root}${marker}/`;
}

interface Resolved {
  readonly chain: Chain;
  readonly extraQuery: readonly (readonly [string, string])[];
  readonly idParam: string | null;
  readonly dropped: readonly string[];
  /** The URL style a pasted path used: it applies unless the draft's options name one. */
  readonly style: UrlStyle | null;
}

function resolveChain(draft: ProviderDraft, format: Chain['format']): Resolved | Problem {
  if (draft.path && draft.path.trim() !== '') {
    // A catalog path edited by hand still has `{project_id}`: fill it from the params, as the form expects.
    let consumed: string | null = null;
    const path = draft.path.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = draft.params[name];
      if (value === undefined || value === '') return placeholder;
      consumed = name;
      return String(value);
    });
    const parsed = parseChain(path);
    if (!parsed.ok)
      return {
        param: 'path',
        message: `${parsed.error.message} (at character ${parsed.error.offset + 1} of the path)`,
      };
    const dropped = parsed.query.filter(([name]) => reservedQuery.has(name)).map(([name]) => name);
    // The chain carries the record id: a param of the same name (the catalog's path param) is not sent again.
    const chainIdName = parsed.chain.id === null ? null : (idNames[parsed.chain.resource] ?? null);
    return {
      chain: parsed.chain,
      extraQuery: parsed.query.filter(([name]) => !reservedQuery.has(name)),
      idParam: consumed ?? chainIdName,
      dropped,
      style: parsed.style,
    };
  }
  const method = draft.endpointId ? methodByName(draft.endpointId) : undefined;
  if (!method)
    return {
      param: 'endpointId',
      message: draft.endpointId ? `${draft.endpointId} is not a wbTeamPro method` : 'Pick a method or build a chain',
    };
  const idName = method.id ? (idNames[method.resource] ?? null) : null;
  const id = idName ? String(draft.params[idName] ?? '').trim() : null;
  if (idName && !id)
    return { param: idName, message: `${idName} is required for ${method.name}: it goes into the chain` };
  if (idName && id && !chainIdPattern.test(id))
    return { param: idName, message: `${idName} must be digits (got "${id}")` };
  return { chain: chainForMethod(method, id, format), extraQuery: [], idParam: idName, dropped: [], style: null };
}

function pickVerb(draft: ProviderDraft, chain: Chain): string {
  if (draft.method) return draft.method;
  const named = draft.endpointId ? methodByName(draft.endpointId) : undefined;
  const verbs = verbsForChain(chain);
  if (named && verbs.includes(named.verb)) return named.verb;
  return verbs.includes('GET') ? 'GET' : (verbs[0] ?? 'GET');
}

export function buildWbTeamProRequest(
  draft: ProviderDraft,
  profile: ProfileContext,
  buildOptions: BuildOptions = strictBuild,
): RequestBuildResult {
  const base = addonBaseUrl(profile.baseUrl);
  if (!base) return failed({ param: 'baseUrl', message: `The WHMCS URL "${profile.baseUrl}" is not an http(s) URL` });
  const options = resolveOptions(draft, profile);

  const resolved = resolveChain(draft, options.format);
  if (!('chain' in resolved)) return failed(resolved);
  const { chain } = resolved;
  const verb = pickVerb(draft, chain);
  const method: ChainMethod | undefined = methodForChain(chain, verb);
  if (!method)
    return failed({
      param: 'method',
      message: `${actionString(chain)} accepts ${verbsForChain(chain).join(', ')}, not ${verb}`,
    });

  const params = cleanParams(draft.params, resolved.idParam ? [resolved.idParam] : []);
  const checked = paramVerdict(checkParams(params, paramsFor(method), method.name), buildOptions.lenient);
  if (checked.errors.length > 0) return failed(...checked.errors);

  const warnings: string[] = [...checked.warnings];
  if (draft.endpointId && draft.endpointId !== method.name)
    warnings.push(`This chain with ${verb} is ${method.name}, not ${draft.endpointId}`);
  if (resolved.dropped.length > 0)
    warnings.push(`Ignored ${resolved.dropped.join(', ')} in the path: Parley sets them itself`);

  const styleNamed = (urlStyles as readonly unknown[]).includes(draft.options?.urlStyle);
  const formatted = formatChain(chain, styleNamed ? options.urlStyle : (resolved.style ?? options.urlStyle));
  const httpMethod: HttpRequestSpec['method'] = options.verbMode === 'param' ? 'POST' : method.verb;
  const query: (readonly [string, string])[] = [...formatted.query, ...resolved.extraQuery];
  if (options.verbMode === 'param') query.push(['method', method.verb.toLowerCase()]);
  const encoded = encodeParams(params, options.paramsStyle);
  // GET and DELETE carry params in the URL, as the reference's examples do; writes send a form body.
  const inBody = httpMethod === 'POST' || httpMethod === 'PUT';
  if (!inBody) query.push(...encoded);

  const queryText = encodeQuery(query);
  return {
    ok: true,
    request: {
      method: httpMethod,
      url: `${base}${formatted.path}${queryText ? `?${queryText}` : ''}`,
      headers: [...(draft.headers ?? [])],
      body:
        inBody && encoded.length > 0
          ? { kind: 'form', fields: encoded.map(([name, value]) => ({ name, value })) }
          : { kind: 'none' },
    },
    warnings,
  };
}
