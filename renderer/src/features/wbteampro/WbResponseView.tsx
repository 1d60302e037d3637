import { useMemo } from 'react';
import type { PageLink } from '../../../../shared/providers/types';
import type { SendOutcome } from '../../../../shared/request/outcome';
import { readEnvelope, type WbEnvelope } from '../../../../shared/providers/wbteampro/envelope';
import { pagingOf, tablesOf } from '../../../../shared/providers/wbteampro/interpret';
import './chain-builder.css';

export interface WbResponseViewProps {
  readonly outcome: SendOutcome;
  readonly onFollowPage?: (params: PageLink['params']) => void;
}

const cell = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

function RecordTable({ name, rows }: { name: string; rows: readonly Readonly<Record<string, unknown>>[] }) {
  const columns = useMemo(() => [...new Set(rows.flatMap((row) => Object.keys(row)))], [rows]);
  return (
    <figure className="wb-table-wrap">
      <figcaption>
        <strong>{name}</strong>{' '}
        <span className="muted">
          {rows.length} {rows.length === 1 ? 'row' : 'rows'}
        </span>
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">Empty.</p>
      ) : (
        <div className="wb-table-scroll">
          <table className="wb-table" aria-label={name}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  {columns.map((column) => (
                    <td key={column} title={cell(row[column])}>
                      {cell(row[column])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}

function RequestBlock({ envelope, format }: { envelope: WbEnvelope; format: string }) {
  const { request } = envelope;
  const ok = request.code !== undefined && request.code >= 200 && request.code < 300;
  return (
    <dl className="wb-request-block" aria-label="Envelope request block">
      <div>
        <dt>action</dt>
        <dd>
          <code>{request.action || '—'}</code>
        </dd>
      </div>
      <div>
        <dt>method</dt>
        <dd>{request.method ?? '—'}</dd>
      </div>
      <div>
        <dt>code</dt>
        <dd className={ok ? 'wb-ok' : 'wb-bad'}>{request.code ?? '—'}</dd>
      </div>
      <div>
        <dt>message</dt>
        <dd>{request.message ?? '—'}</dd>
      </div>
      <div>
        <dt>format</dt>
        <dd>{format.toUpperCase()}</dd>
      </div>
    </dl>
  );
}

/** A wbTeamPro response read through its envelope: request block, paging with next/previous, each record set as a table. */
export function WbResponseView({ outcome, onFollowPage }: WbResponseViewProps) {
  const preview = outcome.response?.body.preview ?? null;
  // Bodies here are pages of at most 1000 records: parsing them on the main thread is fine.
  const read = useMemo(() => (preview === null ? null : readEnvelope(preview)), [preview]);
  const interpretation = outcome.interpretation;

  if (outcome.error)
    return (
      <p className="wb-problem" role="alert">
        {outcome.error.message} — {outcome.error.hint}
      </p>
    );
  const envelope = read?.ok ? read.envelope : null;
  // A body larger than the preview slice cannot be parsed here: main's interpretation still has its tables.
  const tables = envelope ? tablesOf(envelope) : (interpretation?.tables ?? []);
  if (!envelope && tables.length === 0) {
    return (
      <div className="wb-response">
        <p className="wb-problem" role="alert">
          {interpretation?.summary ?? (read && !read.ok ? read.reason : 'No response body')}
        </p>
        {outcome.response?.body.truncated || outcome.response?.body.inFile ? (
          <p className="muted">Only the first part of the body is shown here.</p>
        ) : null}
      </div>
    );
  }
  const pagination = interpretation?.pagination;
  const paging = envelope
    ? pagingOf(envelope)
    : pagination
      ? { total: pagination.total, page: pagination.page, pages: pagination.pages }
      : null;

  return (
    <div className="wb-response" aria-label="wbTeamPro response">
      {/* The response's one reading: the inspector leaves its own out (ownsSummary in views.ts). */}
      <div className={`wb-interpretation outcome-${interpretation?.outcome ?? 'error'}`} data-testid="interpretation">
        <p
          className={interpretation?.outcome === 'ok' ? 'wb-summary wb-ok' : 'wb-summary wb-bad'}
          data-testid="wb-summary"
        >
          {interpretation?.summary}
        </p>
        {interpretation?.hints.map((hint) => (
          <p key={hint} className="wb-hint">
            {hint}
          </p>
        ))}
      </div>
      {envelope && read?.ok ? <RequestBlock envelope={envelope} format={read.format} /> : null}
      {paging ? (
        <div className="wb-paging" aria-label="Paging">
          <span data-testid="wb-paging">
            total {paging.total ?? '—'} · page {paging.page ?? '—'} of {pagination?.pages ?? paging.pages ?? '—'}
            {'limit' in paging ? ` · limit ${paging.limit ?? '—'} · offset ${paging.offset ?? '—'}` : ''}
          </span>
          {'filters' in paging && paging.filters && Object.keys(paging.filters).length > 0 ? (
            <span className="muted">filters {JSON.stringify(paging.filters)}</span>
          ) : null}
          <button
            type="button"
            disabled={!pagination?.previous || !onFollowPage}
            onClick={() => pagination?.previous && onFollowPage?.(pagination.previous.params)}
          >
            ← Previous page
          </button>
          <button
            type="button"
            disabled={!pagination?.next || !onFollowPage}
            onClick={() => pagination?.next && onFollowPage?.(pagination.next.params)}
          >
            Next page →
          </button>
        </div>
      ) : null}
      {tables.map((table) => (
        <RecordTable key={table.name} name={table.name} rows={table.rows} />
      ))}
    </div>
  );
}
