/**
 * Reads webCRM responses: bare arrays (paged by Page/Size), plain ids, DTOs, token responses with
 * IsError, the `{Message, Type}` exception body (429 carries RetryAfterSeconds) and RFC 7807 problem details.
 */
import type { Interpretation, ResponseForInterpretation } from '../types';
import { webcrmEndpoint } from './catalog';
import { problemSummary, readProblemDetails } from './problem-details';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isRecord = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function header(response: ResponseForInterpretation, name: string): string | undefined {
  return response.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}

function parse(text: string | null): Json | undefined {
  if (text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function positive(value: unknown, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** The token calls opened from the catalog: their 401 is about the token sent, not an expired access token. */
function isTokenCall(draft: ResponseForInterpretation['draft']): string | null {
  const path = draft.path ?? (draft.endpointId ? webcrmEndpoint(draft.endpointId)?.path : undefined) ?? '';
  return /^\/?Auth\/Api(Login|Refresh)$/i.test(path) ? path : null;
}

function errorInterpretation(response: ResponseForInterpretation, body: Json | undefined): Interpretation {
  const record = isRecord(body) ? body : {};
  const problem = readProblemDetails(body);
  const message =
    problem !== null
      ? problemSummary(problem)
      : typeof record.Message === 'string'
        ? record.Message
        : typeof record.ErrorDescription === 'string'
          ? record.ErrorDescription
          : typeof record.Error === 'string'
            ? record.Error
            : null;
  const hints: string[] = [...(problem?.fieldErrors ?? [])];
  if (response.status === 429) {
    const seconds = record.RetryAfterSeconds ?? header(response, 'retry-after');
    hints.push(
      `webCRM allows 250 requests a minute per application token; retry after ${String(seconds ?? 'a few')} seconds.`,
    );
  }
  const tokenCall = isTokenCall(response.draft);
  if (response.status === 401 && tokenCall)
    hints.push(
      /refresh/i.test(tokenCall)
        ? 'The refresh token was refused (expired, already used, or never issued to this profile). Parley’s own calls log in again by themselves; to try ApiRefresh by hand, send a data call first so a refresh token exists.'
        : 'webCRM refused the application token: check it in the profile and its access rights in webCRM (Configuration → Integration → API → REST).',
    );
  else if (response.status === 401)
    hints.push(
      'The access token was refused. Parley logs in again once by itself; if this persists, check the application token in the profile and its access rights in webCRM (Configuration → Integration → API → REST).',
    );
  if (response.status === 403) hints.push("The application token's access rights do not cover this call.");
  if (message && /Possible quotation not found/i.test(message))
    hints.push(
      'Linked data is enabled for quotation lines: create /QuotationLines/LinkedData first and set QuotationLineLinkedDataId.',
    );
  if (message && /INSERT/i.test(message))
    hints.push('Rewrite the script as SELECT (or UPDATE/DELETE); webCRM refuses INSERT in /Queries.');
  const fallback = response.status === 401 ? 'Unauthorized' : `HTTP ${response.status}`;
  const code =
    typeof record.Type === 'string' ? record.Type : typeof record.Error === 'string' ? record.Error : response.status;
  const text = message ?? (response.bodyText && !body ? response.bodyText.slice(0, 200).trim() : '') ?? '';
  return { outcome: 'error', summary: text || fallback, code, hints };
}

export function interpretWebcrm(response: ResponseForInterpretation): Interpretation {
  const body = parse(response.bodyText);
  const endpoint = response.draft.endpointId ? webcrmEndpoint(response.draft.endpointId) : undefined;
  if (response.status >= 400) return errorInterpretation(response, body);
  if (isRecord(body) && body.IsError === true)
    return errorInterpretation({ ...response, status: response.status }, body);
  if (response.status < 200 || response.status >= 300)
    return { outcome: 'unknown', summary: `HTTP ${response.status}`, hints: [] };

  if (Array.isArray(body)) {
    const page = positive(response.draft.params.Page ?? response.draft.params.page, 1);
    const sizeParam = response.draft.params.Size ?? response.draft.params.size;
    const size = positive(sizeParam, 0);
    const rows = body.filter(isRecord);
    // No total comes back: another page may exist while a page is full (or the size is unknown and rows came).
    const mayHaveMore = size > 0 ? body.length >= size : body.length > 0;
    const withPage = (p: number) => ({ ...(size > 0 ? { Size: size } : {}), Page: p });
    return {
      outcome: 'ok',
      summary:
        body.length === 0
          ? page > 1
            ? `No more rows: page ${page} is empty`
            : 'No rows'
          : `${body.length} ${body.length === 1 ? 'row' : 'rows'} on page ${page}`,
      hints: body.length === 0 && page > 1 ? ['An empty array is how webCRM says the previous page was the last.'] : [],
      pagination: {
        page,
        next: mayHaveMore ? { label: `Page ${page + 1}`, params: withPage(page + 1) } : undefined,
        previous: page > 1 ? { label: `Page ${page - 1}`, params: withPage(page - 1) } : undefined,
      },
      tables: rows.length > 0 || body.length === 0 ? [{ name: endpoint?.group ?? 'Rows', rows }] : undefined,
    };
  }
  if (isRecord(body) && typeof body.AccessToken === 'string') {
    return {
      outcome: 'ok',
      summary: `Access token issued, valid for ${String(body.ExpiresIn ?? '?')} seconds`,
      hints: ['Parley manages this token for you: other requests log in by themselves.'],
    };
  }
  if (typeof body === 'number') return { outcome: 'ok', summary: `Done: id ${body}`, hints: [] };
  if (typeof body === 'string') return { outcome: 'ok', summary: body || 'Done', hints: [] };
  if (isRecord(body))
    return {
      outcome: 'ok',
      summary: endpoint ? endpoint.name : 'OK',
      hints: [],
      tables: [{ name: endpoint?.group ?? 'Result', rows: [body] }],
    };
  return { outcome: 'ok', summary: response.status === 204 ? 'Done (no content)' : 'Done', hints: [] };
}
