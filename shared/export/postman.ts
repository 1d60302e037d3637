/**
 * A collection → Postman collection v2.1. Files never hold a secret, so what is exported is what the
 * files hold: credentials as `{{variables}}`, secret variables by name with no value.
 */
import type { BodySpec } from '../http/types';
import type { StoredDraft } from '../import/types';
import type { PlainAuth } from '../request/plain-auth';
import type { ReportItem } from '../import/types';
import type { ExportResult, ExportSource } from './types';

export const POSTMAN_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

type Json = Record<string, unknown>;

const pairs = (entries: Record<string, string>) =>
  Object.entries(entries).map(([key, value]) => ({ key, value, type: 'string' }));

function authBlock(auth: PlainAuth | undefined): Json | null {
  switch (auth?.kind) {
    case 'bearer':
      return { type: 'bearer', bearer: pairs({ token: auth.token }) };
    case 'basic':
      return { type: 'basic', basic: pairs({ username: auth.username, password: auth.password }) };
    case 'apiKey':
      return { type: 'apikey', apikey: pairs({ key: auth.name, value: auth.value, in: auth.in }) };
    case 'oauth2':
      return {
        type: 'oauth2',
        oauth2: pairs({
          grant_type: auth.grant === 'password' ? 'password_credentials' : 'client_credentials',
          accessTokenUrl: auth.tokenUrl,
          clientId: auth.clientId,
          clientSecret: auth.clientSecret,
          username: auth.username,
          password: auth.password,
          scope: auth.scope,
          client_authentication: auth.clientAuth === 'body' ? 'body' : 'header',
        }),
      };
    default:
      return null;
  }
}

function bodyBlock(body: BodySpec): { body: Json | null; contentType: string | null } {
  switch (body.kind) {
    case 'none':
      return { body: null, contentType: null };
    case 'json':
      return { body: { mode: 'raw', raw: body.text, options: { raw: { language: 'json' } } }, contentType: null };
    case 'text':
      return {
        body: { mode: 'raw', raw: body.text, options: { raw: { language: 'text' } } },
        contentType: body.contentType ?? null,
      };
    case 'form':
      return {
        body: {
          mode: 'urlencoded',
          urlencoded: body.fields.map((f) => ({ key: f.name, value: f.value, type: 'text' })),
        },
        contentType: null,
      };
    case 'multipart':
      return {
        body: {
          mode: 'formdata',
          formdata: body.parts.map((part) =>
            'value' in part
              ? { key: part.name, value: part.value, type: 'text' }
              : {
                  key: part.name,
                  type: 'file',
                  src: part.filePath,
                  ...(part.contentType ? { contentType: part.contentType } : {}),
                },
          ),
        },
        contentType: null,
      };
    case 'file':
      return { body: { mode: 'file', file: { src: body.path } }, contentType: body.contentType ?? null };
  }
}

function requestBlock(draft: StoredDraft, description: string, where: string, report: ReportItem[]): Json {
  const { body, contentType } = bodyBlock(draft.body);
  const headers = draft.headers.map((h) => ({ key: h.name, value: h.value, ...(h.enabled ? {} : { disabled: true }) }));
  if (contentType) headers.push({ key: 'Content-Type', value: contentType });
  const enabledQuery = draft.query.filter((q) => q.enabled);
  const raw = enabledQuery.length
    ? `${draft.url}${draft.url.includes('?') ? '&' : '?'}${enabledQuery.map((q) => `${q.name}=${q.value}`).join('&')}`
    : draft.url;
  const auth = authBlock(draft.auth);
  if (draft.body.kind === 'multipart' && draft.body.parts.some((p) => 'filePath' in p && p.fileName))
    report.push({
      item: where,
      message: 'File names given to uploaded files are not kept: Postman sends the file under its own name.',
    });
  if (draft.checks && (draft.checks.assertions?.length || draft.checks.captures?.length))
    report.push({
      item: where,
      message: 'Checks (captures and assertions) are not exported: Postman writes them as test scripts.',
    });
  if (Object.keys(draft.transport).length)
    report.push({
      item: where,
      message: 'Timeouts and redirect settings are not exported: Postman keeps them as app settings.',
    });
  return {
    method: draft.method,
    header: headers,
    ...(body ? { body } : {}),
    url: draft.query.length
      ? {
          raw,
          query: draft.query.map((q) => ({ key: q.name, value: q.value, ...(q.enabled ? {} : { disabled: true }) })),
        }
      : { raw },
    ...(auth ? { auth } : {}),
    ...(description ? { description } : {}),
  };
}

export function exportPostman(source: ExportSource): ExportResult {
  const report: ReportItem[] = [];
  const root: Json[] = [];
  const folders = new Map<string, Json[]>([['', root]]);
  const folderOf = (path: string): Json[] => {
    const existing = folders.get(path);
    if (existing) return existing;
    const at = path.lastIndexOf('/');
    const parent = folderOf(at < 0 ? '' : path.slice(0, at));
    const items: Json[] = [];
    const description = source.folders.find((f) => f.path === path)?.description ?? '';
    parent.push({ name: path.slice(at + 1), ...(description ? { description } : {}), item: items });
    folders.set(path, items);
    return items;
  };
  for (const folder of source.folders) {
    if (folder.path) folderOf(folder.path);
    if (folder.path && folder.variables.length)
      report.push({ item: folder.path, message: 'Folder variables are not exported: Postman folders have none.' });
  }
  for (const request of source.requests) {
    const where = request.folder ? `${request.folder}/${request.name}` : request.name;
    if (request.draft.sandbox !== 'http') {
      report.push({
        item: where,
        message: `A ${request.draft.sandbox} request is not exported: its auth and URL come from a Parley profile.`,
      });
      continue;
    }
    folderOf(request.folder).push({
      name: request.name,
      request: requestBlock(request.draft, request.description ?? '', where, report),
    });
  }
  const top = source.folders.find((f) => f.path === '');
  const collection = {
    info: { name: source.title, ...(top?.description ? { description: top.description } : {}), schema: POSTMAN_SCHEMA },
    item: root,
    variable: source.variables.map((v) =>
      v.secret ? { key: v.name, value: '', type: 'secret' } : { key: v.name, value: v.value, type: 'string' },
    ),
  };
  return { text: `${JSON.stringify(collection, null, 2)}\n`, report };
}
