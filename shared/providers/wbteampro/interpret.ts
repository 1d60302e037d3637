/** A wbTeamPro response → ok/error with the provider's message, hints, paging and the returned records as tables. */
import type { Interpretation, PageLink, ResponseForInterpretation } from '../types';
import { errorText, readEnvelope, type WbEnvelope } from './envelope';

export interface WbPaging {
  readonly total?: number;
  readonly page?: number;
  readonly pages?: number;
  readonly limit?: number;
  readonly offset?: number;
  readonly filters?: Readonly<Record<string, unknown>>;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && value !== '' && Number.isFinite(Number(value))
      ? Number(value)
      : undefined;

export function pagingOf(envelope: WbEnvelope): WbPaging | null {
  const data = envelope.response.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const filters = record.filters;
  return {
    total: num(record.total),
    page: num(record.page),
    pages: num(record.pages),
    limit: num(record.limit),
    offset: num(record.offset),
    filters:
      filters !== null && typeof filters === 'object' && !Array.isArray(filters)
        ? (filters as Record<string, unknown>)
        : undefined,
  };
}

/** Each record set in the envelope: lists as they are, a single parent record as a one-row table. */
export function tablesOf(envelope: WbEnvelope): { name: string; rows: Record<string, unknown>[] }[] {
  const tables: { name: string; rows: Record<string, unknown>[] }[] = [];
  for (const [name, value] of Object.entries(envelope.response)) {
    if (name === 'data' || name === 'error') continue;
    if (Array.isArray(value))
      tables.push({
        name,
        rows: value.map((row) =>
          row !== null && typeof row === 'object' ? (row as Record<string, unknown>) : { value: row },
        ),
      });
    else if (value !== null && typeof value === 'object')
      tables.push({ name, rows: [value as Record<string, unknown>] });
  }
  return tables;
}

function pageLink(label: string, page: number, limit: number | undefined): PageLink {
  // Both keys, so a draft that already carries an offset moves with the page.
  return { label, params: limit ? { page, offset: (page - 1) * limit } : { page } };
}

function pagination(paging: WbPaging | null): Interpretation['pagination'] {
  if (!paging || paging.page === undefined) return undefined;
  const { page, total, limit } = paging;
  // The reference's example reports pages 0 for one record; compute from total and limit when that happens.
  const pages =
    paging.pages && paging.pages > 0
      ? paging.pages
      : total !== undefined && limit
        ? Math.max(1, Math.ceil(total / limit))
        : paging.pages;
  return {
    page,
    pages,
    total,
    next: pages !== undefined && page < pages ? pageLink(`Page ${page + 1}`, page + 1, limit) : undefined,
    previous: page > 1 ? pageLink(`Page ${page - 1}`, page - 1, limit) : undefined,
  };
}

function hintsFor(code: number | undefined, text: string): string[] {
  if (code !== 401 && /banned/i.test(text))
    return [
      'wbTeamPro bans a client IP after 3 failed logins. A WHMCS admin must lift the ban; until then every call is refused, even with the right password.',
    ];
  if (code === 401)
    return [
      'Check the admin username and password in the profile: Parley sends the MD5 of the password, as wbTeamPro expects.',
      'After 3 failed logins wbTeamPro bans your IP address.',
    ];
  if (code === 403)
    return [
      'The admin needs an Administrative Role with wbTeamPro access, and the addon\'s "API Active" option must be on.',
    ];
  if (code === 404) return ['No record with that id: list the resource first to find one.'];
  if (code === 405) return ['This chain does not take that HTTP verb: the chain builder shows the verbs it allows.'];
  if (code === 400)
    return ["Check the params: the chain builder's form shows the known fields and their allowed values."];
  return [];
}

function describeSuccess(envelope: WbEnvelope, tables: ReturnType<typeof tablesOf>, paging: WbPaging | null): string {
  const { request } = envelope;
  const head = `${request.message ?? 'Success'}: ${request.method ?? ''} ${request.action ?? ''}`
    .replace(/\s+/g, ' ')
    .trim();
  const parts = tables.map((table) =>
    table.rows.length === 1 && !Array.isArray(envelope.response[table.name])
      ? table.name
      : `${table.rows.length} ${table.name}`,
  );
  const total =
    paging?.total !== undefined && paging.page !== undefined ? ` (${paging.total} in all, page ${paging.page})` : '';
  return parts.length > 0 ? `${head} — ${parts.join(', ')}${total}` : head;
}

export function interpretWbTeamPro(response: ResponseForInterpretation): Interpretation {
  if (response.bodyText === null)
    return {
      outcome: 'unknown',
      summary: `HTTP ${response.status}: the body was too large to read here`,
      hints: ['Open the body in the response viewer.'],
    };
  const read = readEnvelope(response.bodyText);
  if (!read.ok) {
    const outcome = response.status >= 400 ? 'error' : 'unknown';
    return {
      outcome,
      summary: `HTTP ${response.status} ${response.contentType || 'without a content type'}: not a wbTeamPro answer (${read.reason})`,
      hints: [
        "Check the WHMCS URL and the URL style: the rewrite style needs the addon's .htaccess rules on the server.",
      ],
    };
  }
  const { envelope } = read;
  const code = envelope.request.code ?? response.status;
  const tables = tablesOf(envelope);
  const paging = pagingOf(envelope);
  if (code >= 200 && code < 300 && response.status < 400) {
    return {
      outcome: 'ok',
      summary: describeSuccess(envelope, tables, paging),
      code,
      hints: [],
      pagination: pagination(paging),
      tables,
    };
  }
  const text = errorText(envelope) ?? `HTTP ${response.status}`;
  return {
    outcome: 'error',
    summary: text,
    code,
    hints: hintsFor(code, text),
    tables: tables.length > 0 ? tables : undefined,
  };
}
