/**
 * Insomnia v4 exports → request groups as folders, requests, and the base environment as variables
 * (`{{ _.name }}` becomes `{{name}}`). Sub-environments are reported: a collection holds one set here.
 */
import type { FolderVariable } from '../collections/format';
import type { BodySpec } from '../http/types';
import { isCredentialName } from '../request/credentials';
import type { PlainAuth } from '../request/plain-auth';
import { asMethod, bodyForText, type HttpCall } from './http-call';
import { createSecretCollector } from './secrets';
import { folderName, list, obj, text, type Obj } from './shape';
import { callToDraft } from './to-request';
import type { ImportFolder, ImportPlan, ImportRequest, ReportItem } from './types';

const variables = (value: string) => value.replace(/\{\{\s*_\.([A-Za-z_][\w.-]*)\s*\}\}/g, '{{$1}}');

function authOf(block: Obj, where: string, report: ReportItem[]): Pick<HttpCall, 'basic' | 'auth'> {
  if (block.disabled === true) return {};
  switch (text(block.type)) {
    case '':
    case 'none':
      return {};
    case 'basic':
      return { basic: { user: variables(text(block.username)), password: variables(text(block.password)) } };
    case 'bearer':
      return { auth: { kind: 'bearer', token: variables(text(block.token)) } };
    case 'apikey':
      return {
        auth: {
          kind: 'apiKey',
          name: text(block.key) || 'X-Api-Key',
          value: variables(text(block.value)),
          in: block.addTo === 'queryParams' ? 'query' : 'header',
        },
      };
    case 'oauth2': {
      const grant =
        block.grantType === 'password'
          ? 'password'
          : block.grantType === 'client_credentials'
            ? 'client_credentials'
            : null;
      if (grant) {
        const auth: PlainAuth = {
          kind: 'oauth2',
          grant,
          tokenUrl: variables(text(block.accessTokenUrl)),
          clientId: variables(text(block.clientId)),
          clientSecret: variables(text(block.clientSecret)),
          username: variables(text(block.username)),
          password: variables(text(block.password)),
          scope: text(block.scope),
          clientAuth: block.credentialsInBody === true ? 'body' : 'basic',
        };
        return { auth };
      }
      report.push({ item: where, message: `OAuth 2.0 with the ${text(block.grantType)} grant is not carried over.` });
      return {};
    }
    default:
      report.push({ item: where, message: `${text(block.type)} auth is not carried over.` });
      return {};
  }
}

function bodyOf(body: Obj, headers: readonly (readonly [string, string])[]): BodySpec {
  const mimeType = text(body.mimeType) || headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] || '';
  const params = list(body.params)
    .map(obj)
    .filter((p) => p.disabled !== true);
  if (/^multipart\/form-data/i.test(mimeType))
    return {
      kind: 'multipart',
      parts: params.map((p) =>
        p.type === 'file'
          ? { name: text(p.name), filePath: text(p.fileName) }
          : { name: text(p.name), value: variables(text(p.value)) },
      ),
    };
  if (/^application\/x-www-form-urlencoded/i.test(mimeType))
    return { kind: 'form', fields: params.map((p) => ({ name: text(p.name), value: variables(text(p.value)) })) };
  if (body.fileName !== undefined) return { kind: 'file', path: text(body.fileName) };
  if (body.text === undefined) return { kind: 'none' };
  return bodyForText(variables(text(body.text)), mimeType || null);
}

export function importInsomnia(document: Obj): ImportPlan {
  const report: ReportItem[] = [];
  const resources = list(document.resources).map(obj);
  const byId = new Map(resources.map((r) => [text(r._id), r]));
  const workspace = resources.find((r) => r._type === 'workspace');
  const title = text(workspace?.name, 'Insomnia import') || 'Insomnia import';
  const pathOf = new Map<string, string>();
  const folderPath = (id: string, depth = 0): string => {
    if (pathOf.has(id)) return pathOf.get(id) ?? '';
    const group = byId.get(id);
    if (!group || group._type !== 'request_group' || depth > 50) return '';
    const parent = folderPath(text(group.parentId), depth + 1);
    const path = parent
      ? `${parent}/${folderName(text(group.name, 'folder'))}`
      : folderName(text(group.name, 'folder'));
    pathOf.set(id, path);
    return path;
  };
  const folders: ImportFolder[] = resources
    .filter((r) => r._type === 'request_group')
    .map((r) => ({ path: folderPath(text(r._id)), description: text(r.description), variables: [] }));

  const environments = resources.filter((r) => r._type === 'environment');
  const base = environments.find((e) => byId.get(text(e.parentId))?._type === 'workspace') ?? environments[0];
  const secrets = createSecretCollector(Object.keys(obj(base?.data)));
  const plain: FolderVariable[] = [];
  for (const [name, value] of Object.entries(obj(base?.data))) {
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) continue;
    const valueText = typeof value === 'string' ? value : JSON.stringify(value);
    if (isCredentialName(name) && valueText !== '') {
      secrets.declare(name, valueText, `environment variable "${name}"`);
      plain.push({ name, value: '', secret: true });
    } else plain.push({ name, value: variables(valueText), secret: false });
  }
  for (const environment of environments.filter((e) => e !== base))
    report.push({
      item: `environment "${text(environment.name)}"`,
      message: 'Sub-environments are not carried over: only the base environment is.',
    });

  const requests: ImportRequest[] = [];
  for (const resource of resources) {
    if (resource._type === 'request') {
      const name = text(resource.name, 'Untitled').slice(0, 300) || 'Untitled';
      const folder = folderPath(text(resource.parentId));
      const where = folder ? `${folder}/${name}` : name;
      const headerRows = list(resource.headers).map(obj);
      const headers = headerRows
        .filter((h) => h.disabled !== true)
        .map((h): [string, string] => [text(h.name), variables(text(h.value))]);
      const call: HttpCall = {
        method: asMethod(text(resource.method), 'GET'),
        url: variables(text(resource.url)),
        headers,
        body: bodyOf(obj(resource.body), headers),
        ...authOf(obj(resource.authentication), where, report),
      };
      const draft = callToDraft(call, name, { secrets, report, recogniseProviders: false });
      const query = list(resource.parameters)
        .map(obj)
        .map((p) => ({ name: text(p.name), value: variables(text(p.value)), enabled: p.disabled !== true }));
      requests.push({ folder, name, draft: { ...draft, query } });
    } else if (
      [
        'grpc_request',
        'websocket_request',
        'request_group',
        'workspace',
        'environment',
        'cookie_jar',
        'api_spec',
      ].includes(text(resource._type))
    ) {
      if (resource._type === 'grpc_request' || resource._type === 'websocket_request')
        report.push({
          item: text(resource.name),
          message: `${text(resource._type)} is not carried over: Parley sends HTTP requests.`,
        });
    }
  }
  return {
    format: 'insomnia',
    title,
    folders: [{ path: '', description: text(workspace?.description), variables: [] }, ...folders],
    requests,
    variables: plain,
    secrets: secrets.list(),
    report,
  };
}
