/**
 * Postman collections v2.0 and v2.1 (and environment files) → folders, requests and variables. Auth
 * blocks become Parley's auth helpers with their secrets moved to variables; scripts are never run, each
 * is reported; auth kinds Parley has no helper for are reported too.
 */
import type { FolderVariable } from '../collections/format';
import type { BodySpec } from '../http/types';
import { isCredentialName } from '../request/credentials';
import type { PlainAuth } from '../request/plain-auth';
import { asMethod, bodyForText, withoutImpliedContentType, type HttpCall } from './http-call';
import { createSecretCollector, type SecretCollector } from './secrets';
import { description, folderName, list, obj, optionalText, scriptText, text, type Obj } from './shape';
import { callToDraft } from './to-request';
import type { ImportFolder, ImportPlan, ImportRequest, ReportItem } from './types';

type Auth =
  { kind: 'none' } | { kind: 'helper'; auth: PlainAuth } | { kind: 'basic'; user: string; password: string } | null;

/** v2.1 keeps auth attributes as `[{ key, value }]`, v2.0 as an object. */
function authAttributes(block: Obj, type: string): Record<string, string> {
  const raw = block[type];
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((e) => [text(obj(e).key), text(obj(e).value)]));
  return Object.fromEntries(Object.entries(obj(raw)).map(([k, v]) => [k, text(v)]));
}

function readAuth(value: unknown, where: string, report: ReportItem[]): Auth {
  if (value === undefined || value === null) return null;
  const block = obj(value);
  const type = text(block.type);
  const a = authAttributes(block, type);
  switch (type) {
    case 'noauth':
      return { kind: 'none' };
    case 'basic':
      return { kind: 'basic', user: a.username ?? '', password: a.password ?? '' };
    case 'bearer':
      return { kind: 'helper', auth: { kind: 'bearer', token: a.token ?? '' } };
    case 'apikey':
      return {
        kind: 'helper',
        auth: {
          kind: 'apiKey',
          name: a.key || 'X-Api-Key',
          value: a.value ?? '',
          in: a.in === 'query' ? 'query' : 'header',
        },
      };
    case 'oauth2': {
      const grant =
        a.grant_type === 'password_credentials'
          ? 'password'
          : a.grant_type === 'client_credentials'
            ? 'client_credentials'
            : null;
      if (grant && a.accessTokenUrl)
        return {
          kind: 'helper',
          auth: {
            kind: 'oauth2',
            grant,
            tokenUrl: a.accessTokenUrl,
            clientId: a.clientId ?? '',
            clientSecret: a.clientSecret ?? '',
            username: a.username ?? '',
            password: a.password ?? '',
            scope: a.scope ?? '',
            clientAuth: a.client_authentication === 'body' ? 'body' : 'basic',
          },
        };
      report.push({
        item: where,
        message: `OAuth 2.0 with the ${a.grant_type || 'authorization code'} grant is not carried over: Parley's helper fetches tokens by client credentials or password.${a.accessToken ? ' The saved access token is kept as a Bearer variable.' : ''}`,
      });
      return a.accessToken ? { kind: 'helper', auth: { kind: 'bearer', token: a.accessToken } } : null;
    }
    default:
      report.push({
        item: where,
        message: `${type || 'This'} auth is not carried over: Parley has no ${type} helper.`,
      });
      return null;
  }
}

function reportScripts(events: unknown, where: string, report: ReportItem[]) {
  for (const event of list(events)) {
    const e = obj(event);
    const source = scriptText(obj(e.script).exec).trim();
    if (!source) continue;
    const kind =
      text(e.listen) === 'prerequest'
        ? 'Pre-request script'
        : text(e.listen) === 'test'
          ? 'Test script'
          : `${text(e.listen)} script`;
    const lines = source.split('\n').length;
    report.push({
      item: where,
      message: `${kind} (${lines} line${lines === 1 ? '' : 's'}) not carried over: Parley does not run Postman scripts.`,
    });
  }
}

function urlOf(value: unknown): {
  url: string;
  query: { name: string; value: string; enabled: boolean }[];
  pathVariables: string[];
} {
  if (typeof value === 'string') return { url: value, query: [], pathVariables: [] };
  const u = obj(value);
  let raw = text(u.raw);
  if (!raw) {
    const host = Array.isArray(u.host) ? u.host.map((h) => text(h)).join('.') : text(u.host);
    const path = Array.isArray(u.path) ? u.path.map((p) => text(p)).join('/') : text(u.path);
    raw = `${u.protocol ? `${text(u.protocol)}://` : ''}${host}${path ? `/${path}` : ''}`;
  }
  const queryList = list(u.query);
  const pathVariables = list(u.variable)
    .map((v) => text(obj(v).key))
    .filter(Boolean);
  if (queryList.length === 0) return { url: raw, query: [], pathVariables };
  // The query array is the truth; the raw URL's own query (and any fragment after it) repeats it.
  const at = raw.indexOf('?');
  return {
    url: at < 0 ? raw : raw.slice(0, at),
    query: queryList.map((q) => ({
      name: text(obj(q).key),
      value: text(obj(q).value),
      enabled: obj(q).disabled !== true,
    })),
    pathVariables,
  };
}

function bodyOf(
  value: unknown,
  headers: readonly (readonly [string, string])[],
  where: string,
  report: ReportItem[],
): BodySpec {
  const body = obj(value);
  const contentType = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? null;
  switch (text(body.mode)) {
    case 'raw': {
      const raw = text(body.raw);
      const language = text(obj(obj(body.options).raw).language);
      if (raw === '' && !contentType) return { kind: 'none' };
      return language === 'json' && !contentType
        ? { kind: 'json', text: raw }
        : bodyForText(raw, contentType ?? (language === 'json' ? 'application/json' : null));
    }
    case 'urlencoded':
      return {
        kind: 'form',
        fields: list(body.urlencoded)
          .map(obj)
          .filter((f) => f.disabled !== true)
          .map((f) => ({ name: text(f.key), value: text(f.value) })),
      };
    case 'formdata':
      return {
        kind: 'multipart',
        parts: list(body.formdata)
          .map(obj)
          .filter((f) => f.disabled !== true)
          .map((f) => {
            if (text(f.type) !== 'file') {
              const type = optionalText(f.contentType);
              return type ? { name: text(f.key), value: text(f.value) } : { name: text(f.key), value: text(f.value) };
            }
            const src = Array.isArray(f.src) ? text(f.src[0]) : text(f.src);
            if (!src)
              report.push({
                item: where,
                message: `The file of form field "${text(f.key)}" has no path: pick the file.`,
              });
            return {
              name: text(f.key),
              filePath: src,
              ...(optionalText(f.contentType) ? { contentType: text(f.contentType) } : {}),
            };
          }),
      };
    case 'file': {
      const src = text(obj(body.file).src);
      if (!src) return { kind: 'none' };
      return contentType ? { kind: 'file', path: src, contentType } : { kind: 'file', path: src };
    }
    case 'graphql': {
      const graphql = obj(body.graphql);
      let variables: unknown = {};
      try {
        variables = text(graphql.variables) ? JSON.parse(text(graphql.variables)) : {};
      } catch {
        report.push({ item: where, message: 'The GraphQL variables are not valid JSON: left out.' });
      }
      return { kind: 'json', text: JSON.stringify({ query: text(graphql.query), variables }, null, 2) };
    }
    default:
      return { kind: 'none' };
  }
}

interface Walk {
  readonly requests: ImportRequest[];
  readonly folders: ImportFolder[];
  readonly report: ReportItem[];
  readonly secrets: SecretCollector;
}

function walkItems(items: unknown, folder: string, inherited: Auth, walk: Walk) {
  const taken = new Set<string>();
  for (const entry of list(items)) {
    const item = obj(entry);
    const name = text(item.name, 'Untitled').slice(0, 300) || 'Untitled';
    const where = folder ? `${folder}/${name}` : name;
    if (Array.isArray(item.item)) {
      let segment = folderName(name);
      for (let n = 2; taken.has(segment.toLowerCase()); n += 1) segment = `${folderName(name)} ${n}`;
      taken.add(segment.toLowerCase());
      const path = folder ? `${folder}/${segment}` : segment;
      walk.folders.push({ path, description: description(item.description), variables: [] });
      reportScripts(item.event, where, walk.report);
      walkItems(item.item, path, readAuth(item.auth, where, walk.report) ?? inherited, walk);
      continue;
    }
    const request = typeof item.request === 'string' ? { url: item.request } : obj(item.request);
    reportScripts(item.event, where, walk.report);
    const rows = list(request.header)
      .map(obj)
      .map((h) => ({ name: text(h.key), value: text(h.value), enabled: h.disabled !== true }));
    const enabled = rows.filter((h) => h.enabled).map((h): [string, string] => [h.name, h.value]);
    const body = bodyOf(request.body, enabled, where, walk.report);
    const sentHeaders = withoutImpliedContentType(enabled, body);
    const headers = rows.filter((h) => !h.enabled || sentHeaders.some(([n, v]) => n === h.name && v === h.value));
    const { url, query, pathVariables } = urlOf(request.url);
    if (pathVariables.length)
      walk.report.push({
        item: where,
        message: `Path variables (${pathVariables.map((v) => `:${v}`).join(', ')}) are kept as written in the URL: replace them with values or {{variables}}.`,
      });
    const auth = readAuth(request.auth, where, walk.report) ?? inherited;
    const call: HttpCall = {
      method: asMethod(text(request.method), 'GET'),
      url,
      headers: headers.filter((h) => h.enabled).map((h): [string, string] => [h.name, h.value]),
      body,
      ...(auth?.kind === 'basic' ? { basic: { user: auth.user, password: auth.password } } : {}),
      ...(auth?.kind === 'helper' ? { auth: auth.auth } : {}),
    };
    const draft = callToDraft(call, name, { secrets: walk.secrets, report: walk.report, recogniseProviders: false });
    const about = description(request.description) || description(item.description);
    // The enabled rows come back scrubbed, in order; disabled rows stay where they were.
    let next = 0;
    walk.requests.push({
      folder,
      name,
      draft: { ...draft, headers: headers.map((h) => (h.enabled ? (draft.headers[next++] ?? h) : h)), query },
      // Postman writes a request's description on the request; some exports carry it on the item.
      ...(about ? { description: about } : {}),
    });
  }
}

function variablesOf(entries: unknown, secrets: SecretCollector, source: string): FolderVariable[] {
  const variables: FolderVariable[] = [];
  for (const entry of list(entries).map(obj)) {
    const name = text(entry.key);
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) || entry.enabled === false) continue;
    const value = text(entry.value);
    if (text(entry.type) === 'secret' || (isCredentialName(name) && value !== '')) {
      if (value !== '') secrets.declare(name, value, `${source} variable "${name}"`);
      variables.push({ name, value: '', secret: true });
    } else variables.push({ name, value, secret: false });
  }
  return variables;
}

export function importPostmanCollection(document: Obj): ImportPlan {
  const info = obj(document.info);
  const title = text(info.name, 'Postman collection') || 'Postman collection';
  const report: ReportItem[] = [];
  const secrets = createSecretCollector(list(document.variable).map((v) => text(obj(v).key)));
  const walk: Walk = { requests: [], folders: [], report, secrets };
  reportScripts(document.event, 'collection', report);
  const variables = variablesOf(document.variable, secrets, 'collection');
  walkItems(document.item, '', readAuth(document.auth, 'collection', report), walk);
  return {
    format: 'postman',
    title,
    folders: [{ path: '', description: description(info.description), variables: [] }, ...walk.folders],
    requests: walk.requests,
    variables,
    secrets: secrets.list(),
    report,
  };
}

export function importPostmanEnvironment(document: Obj): ImportPlan {
  const title = text(document.name, 'Postman environment') || 'Postman environment';
  const secrets = createSecretCollector();
  return {
    format: 'postman-environment',
    title,
    folders: [],
    requests: [],
    variables: variablesOf(document.values, secrets, 'environment'),
    secrets: secrets.list(),
    report: [],
  };
}
