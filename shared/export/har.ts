/**
 * History entries or a collection → HAR 1.2. History already holds requests as sent with secrets
 * replaced; on top of that every credential header and cookie is masked, and response bodies are left
 * out (a login's answer carries its token). A collection's requests are written as its files hold them.
 */
import type { HistoryEntry } from '../history/types';
import type { BodySpec, HttpRequestSpec } from '../http/types';
import type { ReportItem, StoredDraft } from '../import/types';
import { credentialSecretPart, isClearCredential } from '../request/credentials';
import { REDACTED } from '../request/redact';
import type { ExportResult, ExportSource } from './types';

type Json = Record<string, unknown>;

const masked = (name: string, value: string) =>
  /^set-cookie$/i.test(name)
    ? value.replace(/^([^=]*=)[^;]*/, `$1${REDACTED}`)
    : isClearCredential(name, value)
      ? value.replace(credentialSecretPart(value), REDACTED)
      : value;

const headerList = (headers: readonly (readonly [string, string])[]) =>
  headers.map(([name, value]) => ({ name, value: masked(name, value) }));

/** The URL with every credential query value masked. */
function maskedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    let changed = false;
    for (const [name, value] of [...parsed.searchParams])
      if (isClearCredential(name, value)) {
        parsed.searchParams.set(name, REDACTED);
        changed = true;
      }
    return changed ? parsed.toString() : url;
  } catch {
    return url;
  }
}

function queryOf(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value: masked(name, value) }));
  } catch {
    return [];
  }
}

function postData(body: BodySpec, headers: readonly (readonly [string, string])[]): Json | undefined {
  const declared = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'json':
      return { mimeType: declared ?? 'application/json', text: body.text };
    case 'text':
      return { mimeType: declared ?? body.contentType ?? 'text/plain; charset=utf-8', text: body.text };
    case 'form':
      return {
        mimeType: 'application/x-www-form-urlencoded',
        params: body.fields.map((f) => ({ name: f.name, value: masked(f.name, f.value) })),
        text: new URLSearchParams(
          body.fields.map((f): [string, string] => [f.name, masked(f.name, f.value)]),
        ).toString(),
      };
    case 'multipart':
      return {
        mimeType: 'multipart/form-data',
        params: body.parts.map((p) =>
          'value' in p
            ? { name: p.name, value: masked(p.name, p.value) }
            : { name: p.name, fileName: p.filePath, ...(p.contentType ? { contentType: p.contentType } : {}) },
        ),
      };
    case 'file':
      return {
        mimeType: declared ?? body.contentType ?? 'application/octet-stream',
        text: '',
        comment: `The file ${body.path}`,
      };
  }
}

function harRequest(request: HttpRequestSpec): Json {
  const data = postData(request.body, request.headers);
  return {
    method: request.method,
    url: maskedUrl(request.url),
    httpVersion: 'HTTP/1.1',
    cookies: [],
    headers: headerList(request.headers),
    queryString: queryOf(request.url),
    ...(data ? { postData: data } : {}),
    headersSize: -1,
    bodySize: -1,
  };
}

const noResponse = {
  status: 0,
  statusText: '',
  httpVersion: 'HTTP/1.1',
  cookies: [],
  headers: [],
  content: { size: 0, mimeType: '' },
  redirectURL: '',
  headersSize: -1,
  bodySize: -1,
};

const archive = (entries: Json[]): string =>
  `${JSON.stringify({ log: { version: '1.2', creator: { name: 'Parley', version: '1' }, entries } }, null, 2)}\n`;

export function harFromHistory(entries: readonly HistoryEntry[]): ExportResult {
  const report: ReportItem[] = [];
  const out: Json[] = [];
  for (const entry of entries) {
    if (!entry.sent) {
      report.push({ item: entry.title, message: 'Not sent (the request could not be built): left out.' });
      continue;
    }
    const response = entry.response;
    out.push({
      startedDateTime: entry.at,
      time: response?.timings.total ?? 0,
      request: harRequest(entry.sent),
      response: response
        ? {
            status: response.status,
            statusText: response.statusText,
            httpVersion: response.httpVersion,
            cookies: [],
            headers: headerList(response.headers),
            content: {
              size: response.body.size,
              mimeType: response.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '',
              comment: 'Response bodies are not exported: they can hold tokens.',
            },
            redirectURL: response.headers.find(([n]) => n.toLowerCase() === 'location')?.[1] ?? '',
            headersSize: response.headerBytes,
            bodySize: response.body.wireSize,
          }
        : { ...noResponse, comment: entry.error ? `No response: ${entry.error.kind}` : 'No response' },
      cache: {},
      timings: response
        ? {
            blocked: -1,
            dns: response.timings.dns,
            connect: response.timings.connect,
            ssl: response.timings.tls,
            send: 0,
            wait: response.timings.ttfb,
            receive: response.timings.download,
          }
        : { send: 0, wait: 0, receive: 0 },
    });
  }
  return { text: archive(out), report };
}

function draftRequest(draft: StoredDraft): HttpRequestSpec {
  const enabled = draft.query.filter((q) => q.enabled);
  const url = enabled.length
    ? `${draft.url}${draft.url.includes('?') ? '&' : '?'}${new URLSearchParams(enabled.map((q): [string, string] => [q.name, q.value])).toString()}`
    : draft.url;
  const headers = draft.headers.filter((h) => h.enabled).map((h): [string, string] => [h.name, h.value]);
  const auth = draft.auth;
  if (auth?.kind === 'bearer') headers.push(['Authorization', `Bearer ${auth.token}`]);
  if (auth?.kind === 'apiKey' && auth.in === 'header') headers.push([auth.name, auth.value]);
  return { method: draft.method, url, headers, body: draft.body };
}

export function harFromCollection(source: ExportSource): ExportResult {
  const report: ReportItem[] = [];
  const entries: Json[] = [];
  for (const request of source.requests) {
    const where = request.folder ? `${request.folder}/${request.name}` : request.name;
    if (request.draft.sandbox !== 'http') {
      report.push({
        item: where,
        message: `A ${request.draft.sandbox} request is not exported: its URL and auth come from a Parley profile.`,
      });
      continue;
    }
    if (
      request.draft.auth &&
      request.draft.auth.kind !== 'bearer' &&
      !(request.draft.auth.kind === 'apiKey' && request.draft.auth.in === 'header')
    )
      report.push({
        item: where,
        message: `Its ${request.draft.auth.kind} auth is not in the HAR: HAR holds requests as sent.`,
      });
    entries.push({
      startedDateTime: new Date(0).toISOString(),
      time: 0,
      comment: where,
      request: harRequest(draftRequest(request.draft)),
      response: noResponse,
      cache: {},
      timings: { send: 0, wait: 0, receive: 0 },
    });
  }
  return { text: archive(entries), report };
}
