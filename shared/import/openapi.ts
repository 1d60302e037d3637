/**
 * OpenAPI 3.x and Swagger 2.0 → one folder per tag, one request per operation: path, query, header and
 * body parameters with their examples, the server as `{{baseUrl}}`, the security scheme as an auth helper
 * reading secret variables the user fills in.
 */
import type { FolderVariable } from '../collections/format';
import type { BodySpec, HttpMethod } from '../http/types';
import type { KeyValueRow } from '../request/draft';
import type { PlainAuth } from '../request/plain-auth';
import { createRefResolver, exampleOf, type RefResolver } from './openapi-refs';
import { description, folderName, list, obj, text, type Obj } from './shape';
import type { ImportFolder, ImportPlan, ImportRequest, ReportItem } from './types';

const methods: readonly [string, HttpMethod][] = [
  ['get', 'GET'],
  ['post', 'POST'],
  ['put', 'PUT'],
  ['patch', 'PATCH'],
  ['delete', 'DELETE'],
  ['head', 'HEAD'],
  ['options', 'OPTIONS'],
];

const asText = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

function baseUrlOf(document: Obj): string {
  if (typeof document.swagger === 'string') {
    const host = text(document.host);
    if (!host) return text(document.basePath).replace(/\/$/, '');
    const scheme = text(list(document.schemes)[0], 'https');
    return `${scheme}://${host}${text(document.basePath).replace(/\/$/, '')}`;
  }
  const server = obj(list(document.servers)[0]);
  let url = text(server.url);
  for (const [name, variable] of Object.entries(obj(server.variables)))
    url = url.replaceAll(`{${name}}`, text(obj(variable).default));
  return url.replace(/\/$/, '');
}

interface SecurityResult {
  readonly auth?: PlainAuth;
  readonly variables: FolderVariable[];
}

function securityOf(
  document: Obj,
  operation: Obj,
  refs: RefResolver,
  report: ReportItem[],
  where: string,
): SecurityResult {
  const requirement = obj(list(operation.security ?? document.security)[0]);
  const name = Object.keys(requirement)[0];
  if (!name) return { variables: [] };
  const schemes =
    typeof document.swagger === 'string'
      ? obj(document.securityDefinitions)
      : obj(obj(document.components).securitySchemes);
  const scheme = refs.deref(schemes[name]);
  const type = text(scheme.type);
  const secret = (variable: string): FolderVariable => ({ name: variable, value: '', secret: true });
  if (type === 'http' && text(scheme.scheme).toLowerCase() === 'bearer')
    return { auth: { kind: 'bearer', token: '{{bearerToken}}' }, variables: [secret('bearerToken')] };
  if ((type === 'http' && text(scheme.scheme).toLowerCase() === 'basic') || type === 'basic')
    return {
      auth: { kind: 'basic', username: '{{username}}', password: '{{password}}' },
      variables: [{ name: 'username', value: '', secret: false }, secret('password')],
    };
  if (type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query') && text(scheme.name))
    return {
      auth: { kind: 'apiKey', name: text(scheme.name), value: '{{apiKey}}', in: scheme.in },
      variables: [secret('apiKey')],
    };
  report.push({
    item: where,
    message: `Security scheme "${name}" (${type || 'unknown'}) is not carried over: set its credentials yourself.`,
  });
  return { variables: [] };
}

function bodyOf(
  document: Obj,
  operation: Obj,
  parameters: Obj[],
  refs: RefResolver,
): { body: BodySpec; contentType: string | null } {
  if (typeof document.swagger === 'string') {
    const bodyParam = parameters.find((p) => p.in === 'body');
    if (bodyParam)
      return {
        body: { kind: 'json', text: JSON.stringify(exampleOf(bodyParam.schema, refs), null, 2) },
        contentType: null,
      };
    const formParams = parameters.filter((p) => p.in === 'formData');
    if (formParams.length === 0) return { body: { kind: 'none' }, contentType: null };
    if (formParams.some((p) => p.type === 'file') || list(operation.consumes).includes('multipart/form-data'))
      return {
        body: {
          kind: 'multipart',
          parts: formParams.map((p) =>
            p.type === 'file'
              ? { name: text(p.name), filePath: '' }
              : { name: text(p.name), value: asText(exampleOf(p, refs)) },
          ),
        },
        contentType: null,
      };
    return {
      body: {
        kind: 'form',
        fields: formParams.map((p) => ({ name: text(p.name), value: asText(exampleOf(p, refs)) })),
      },
      contentType: null,
    };
  }
  const content = obj(refs.deref(operation.requestBody).content);
  const types = Object.keys(content);
  const type = types.find((t) => /json/i.test(t)) ?? types[0];
  if (!type) return { body: { kind: 'none' }, contentType: null };
  const media = obj(content[type]);
  const firstExample = obj(Object.values(obj(media.examples))[0]);
  const example =
    media.example !== undefined
      ? media.example
      : firstExample.value !== undefined
        ? firstExample.value
        : exampleOf(media.schema, refs);
  if (/json/i.test(type))
    return {
      body: { kind: 'json', text: typeof example === 'string' ? example : JSON.stringify(example, null, 2) },
      contentType: /^application\/json$/i.test(type) ? null : type,
    };
  const properties = Object.entries(obj(refs.deref(media.schema).properties));
  const exampleObject = obj(example);
  if (/x-www-form-urlencoded/i.test(type))
    return {
      body: { kind: 'form', fields: properties.map(([name]) => ({ name, value: asText(exampleObject[name]) })) },
      contentType: null,
    };
  if (/multipart\/form-data/i.test(type))
    return {
      body: {
        kind: 'multipart',
        parts: properties.map(([name, property]) =>
          refs.deref(property).format === 'binary'
            ? { name, filePath: '' }
            : { name, value: asText(exampleObject[name]) },
        ),
      },
      contentType: null,
    };
  return { body: { kind: 'text', text: asText(example), contentType: type }, contentType: null };
}

export function importOpenApi(document: Obj): ImportPlan {
  const report: ReportItem[] = [];
  const refs = createRefResolver(document, report);
  const info = obj(document.info);
  const title = text(info.title, 'API') || 'API';
  const tagDescriptions = new Map(list(document.tags).map((t) => [text(obj(t).name), description(obj(t).description)]));
  const folders = new Map<string, ImportFolder>();
  const requests: ImportRequest[] = [];
  const variables = new Map<string, FolderVariable>([
    ['baseUrl', { name: 'baseUrl', value: baseUrlOf(document), secret: false }],
  ]);
  const swagger = typeof document.swagger === 'string';

  for (const [path, rawItem] of Object.entries(obj(document.paths))) {
    const item = refs.deref(rawItem);
    const shared = list(item.parameters).map((p) => refs.deref(p));
    for (const [key, method] of methods) {
      if (!(key in item)) continue;
      const operation = obj(item[key]);
      const own = list(operation.parameters).map((p) => refs.deref(p));
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const name = (text(operation.summary) || text(operation.operationId) || `${method} ${path}`).slice(0, 300);
      const tag = text(list(operation.tags)[0]);
      const folder = tag ? folderName(tag) : '';
      if (folder && !folders.has(folder))
        folders.set(folder, { path: folder, description: tagDescriptions.get(tag) ?? '', variables: [] });
      const where = folder ? `${folder}/${name}` : name;
      const value = (p: Obj) => {
        const example = p.example !== undefined ? p.example : swagger ? exampleOf(p, refs) : exampleOf(p.schema, refs);
        return asText(example);
      };
      let url = `{{baseUrl}}${path}`;
      const query: KeyValueRow[] = [];
      const headers: KeyValueRow[] = [];
      for (const p of parameters) {
        const pName = text(p.name);
        if (p.in === 'path') {
          const schema = refs.deref(p.schema);
          const given = p.example ?? p.default ?? schema.example ?? schema.default;
          url = url.replaceAll(`{${pName}}`, given !== undefined ? encodeURIComponent(asText(given)) : `{{${pName}}}`);
        } else if (p.in === 'query') query.push({ name: pName, value: value(p), enabled: p.required === true });
        else if (p.in === 'header') headers.push({ name: pName, value: value(p), enabled: true });
        else if (p.in === 'cookie')
          report.push({ item: where, message: `Cookie parameter "${pName}" is not carried over.` });
      }
      const { body, contentType } = bodyOf(document, operation, parameters, refs);
      if (contentType) headers.push({ name: 'Content-Type', value: contentType, enabled: true });
      if (body.kind === 'multipart' && body.parts.some((part) => 'filePath' in part && part.filePath === ''))
        report.push({ item: where, message: 'A file field has no file yet: pick it before sending.' });
      const security = securityOf(document, operation, refs, report, where);
      for (const variable of security.variables) variables.set(variable.name, variable);
      requests.push({
        folder,
        name,
        draft: {
          sandbox: 'http',
          method,
          url,
          query,
          headers,
          body,
          provider: null,
          transport: {},
          ...(security.auth ? { auth: security.auth } : {}),
        },
        ...(text(operation.description) ? { description: text(operation.description) } : {}),
      });
    }
  }
  if (!variables.get('baseUrl')?.value)
    report.push({
      item: title,
      message: "The document names no server: set the baseUrl variable to the API's address.",
    });
  if (requests.length === 0) report.push({ item: title, message: 'The document has no operations.' });
  return {
    format: 'openapi',
    title,
    folders: [{ path: '', description: description(info.description), variables: [] }, ...folders.values()],
    requests,
    variables: [...variables.values()],
    secrets: [],
    report,
  };
}
