/**
 * Reads APSIS's `{Code, Message, Result}` envelope: Code 1 is success; negative codes carry the
 * meaning and advice of the Code ↔ HTTP table. Paged results give next/previous page; queued results
 * give a followUrl (PollURL, then DataUrl).
 */
import type { Interpretation, PageLink, ResponseForInterpretation } from '../types';
import { apsisCodeForHttp, apsisCodeInfo } from './codes';
import { interpretPollState, isPollState, queuedResult } from './queue-state';
import { isRecord } from '../../values';
import { unreadBodyInterpretation } from '../unread-body';

type Row = Readonly<Record<string, unknown>>;

function rowsOf(value: unknown): Row[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value.map((item) => (isRecord(item) ? item : { Value: item }));
}

/** Collections in Result: Result itself when it is a list, or any list inside it (Items, Mailinglists…). */
function tablesOf(result: unknown): NonNullable<Interpretation['tables']> {
  const direct = rowsOf(result);
  if (direct) return [{ name: 'Result', rows: direct }];
  if (!isRecord(result)) return [];
  return Object.entries(result).flatMap(([name, value]) => {
    const rows = rowsOf(value);
    return rows ? [{ name, rows }] : [];
  });
}

function paginationOf(result: unknown, response: ResponseForInterpretation): Interpretation['pagination'] {
  if (!isRecord(result) || !Array.isArray(result.Items)) return undefined;
  const pages = Number(result.TotalPages);
  const total = Number(result.TotalCount);
  const page = Number(response.draft.params.pageNumber ?? result.CurrentPage ?? 1) || 1;
  const link = (label: string, target: number): PageLink => ({ label, params: { pageNumber: target } });
  return {
    page,
    ...(Number.isFinite(pages) ? { pages } : {}),
    ...(Number.isFinite(total) ? { total } : {}),
    ...(Number.isFinite(pages) && page < pages ? { next: link(`Page ${page + 1} of ${pages}`, page + 1) } : {}),
    ...(page > 1 ? { previous: link(`Page ${page - 1}`, page - 1) } : {}),
  };
}

function failure(code: number, message: string, status: number): Interpretation {
  const info = apsisCodeInfo(code);
  const hints = info
    ? [`Code ${code} (HTTP ${info.http}): ${info.meaning}`, ...(info.advice ? [info.advice] : [])]
    : [];
  if (info && info.http !== status)
    hints.push(`APSIS pairs code ${code} with HTTP ${info.http}, but this response was HTTP ${status}.`);
  return { outcome: 'error', summary: message || info?.meaning || `APSIS code ${code}`, code, hints };
}

export function interpretApsis(response: ResponseForInterpretation): Interpretation {
  if (response.bodyText === null) return unreadBodyInterpretation(response.status);
  let body: unknown;
  try {
    body = JSON.parse(response.bodyText ?? '');
  } catch {
    const info = apsisCodeForHttp(response.status);
    const excerpt = (response.bodyText ?? '').replace(/\s+/g, ' ').slice(0, 120);
    if (response.status >= 400 && info)
      return {
        ...failure(info.code, `HTTP ${response.status} without an APSIS envelope: ${excerpt}`, response.status),
        code: response.status,
      };
    return {
      outcome: 'unknown',
      summary: `HTTP ${response.status}, ${response.contentType || 'no content type'}, not JSON: ${excerpt || '(empty body)'}`,
      hints: ['Parley asks for JSON (Accept: application/json); APSIS answers XML only when asked for it.'],
    };
  }
  // The DataUrl of a finished queued job is a bare list.
  if (Array.isArray(body))
    return {
      outcome: 'ok',
      summary: `${body.length} item${body.length === 1 ? '' : 's'} in the queued job's data`,
      hints: [],
      tables: tablesOf(body),
    };
  if (!isRecord(body))
    return {
      outcome: 'unknown',
      summary: `HTTP ${response.status}: JSON without the {Code, Message, Result} envelope`,
      hints: [],
    };
  if (isPollState(body)) {
    const followed = response.draft.path && /^https?:\/\//i.test(response.draft.path) ? response.draft.path : undefined;
    return interpretPollState(body, followed);
  }
  if (typeof body.Code !== 'number') {
    const info = apsisCodeForHttp(response.status);
    if (response.status >= 400 && info)
      return failure(info.code, typeof body.Message === 'string' ? body.Message : '', response.status);
    return {
      outcome: 'unknown',
      summary: `HTTP ${response.status}: JSON without the {Code, Message, Result} envelope`,
      hints: [],
    };
  }
  const message = typeof body.Message === 'string' ? body.Message : '';
  if (body.Code !== 1) return failure(body.Code, message, response.status);

  const queued = queuedResult(body.Result);
  if (queued) {
    return {
      outcome: 'pending',
      summary: message || `Queued as operation ${queued.operationGuid}`,
      code: 1,
      hints: ['A queued call: follow the PollURL until State is 2 (Completed), then read the DataUrl.'],
      followUrl: queued.pollUrl,
    };
  }
  const tables = tablesOf(body.Result);
  const pagination = paginationOf(body.Result, response);
  const counted =
    pagination?.total !== undefined
      ? `${pagination.total} in total, page ${pagination.page} of ${pagination.pages ?? '?'}`
      : '';
  // A created id or a count is the whole answer: show it in the status line.
  const scalar =
    typeof body.Result === 'number' || typeof body.Result === 'string' ? `Result: ${String(body.Result)}` : '';
  return {
    outcome: 'ok',
    summary: [message || 'OK', counted, scalar].filter(Boolean).join(' — '),
    code: 1,
    hints: [],
    ...(tables.length > 0 ? { tables } : {}),
    ...(pagination ? { pagination } : {}),
  };
}
