/** The top of the inspector: status, time, size, warnings, the provider's reading, page buttons, errors. */
import type { ResponseMeta, TransportErrorInfo } from '../../../../shared/http/response';
import type { Interpretation } from '../../../../shared/providers/types';
import { formatMs } from './Waterfall';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function statusClass(status: number): string {
  if (status >= 500) return 'status-5xx';
  if (status >= 400) return 'status-4xx';
  if (status >= 300) return 'status-3xx';
  return 'status-2xx';
}

export function StatusLine({ response }: { readonly response: ResponseMeta }) {
  const { body } = response;
  return (
    <div className="inspector-status" data-testid="response-status">
      <span className={`status-code ${statusClass(response.status)}`}>
        {response.status} {response.statusText}
      </span>
      <span title="Total time">{formatMs(response.timings.total)}</span>
      <span
        title={`Decoded ${body.size} bytes; ${body.wireSize} bytes on the wire; headers ${response.headerBytes} bytes`}
      >
        {formatBytes(body.size)}
        {body.wireSize !== body.size ? (
          <span className="muted"> ({formatBytes(body.wireSize)} on the wire)</span>
        ) : null}
      </span>
      {body.inFile ? <span className="muted">streamed to disk</span> : null}
      {body.truncated ? (
        <span className="partial-body" title="The download stopped before the end; what arrived is kept">
          Partial body
        </span>
      ) : null}
      {response.redirects.length > 0 ? (
        <span className="muted">
          {response.redirects.length} redirect{response.redirects.length > 1 ? 's' : ''}
        </span>
      ) : null}
    </div>
  );
}

export function TransportError({ error }: { readonly error: TransportErrorInfo }) {
  return (
    <div className="inspector-error" role="alert" data-error-kind={error.kind}>
      <p className="inspector-error-title">{error.message}</p>
      <p>{error.hint}</p>
      {error.certificate ? (
        <dl className="inspector-cert">
          <dt>Subject</dt>
          <dd>{error.certificate.subject}</dd>
          <dt>Issuer</dt>
          <dd>{error.certificate.issuer}</dd>
          <dt>Valid</dt>
          <dd>
            {error.certificate.validFrom} – {error.certificate.validTo}
          </dd>
          <dt>SHA-256</dt>
          <dd className="mono inspector-wrap">{error.certificate.fingerprint256}</dd>
        </dl>
      ) : null}
      {error.code ? (
        <p className="muted mono">
          {error.kind} · {error.code}
        </p>
      ) : (
        <p className="muted mono">{error.kind}</p>
      )}
    </div>
  );
}

export function InterpretationBar({
  interpretation,
  onFollowPage,
}: {
  readonly interpretation: Interpretation;
  readonly onFollowPage?: (params: Readonly<Record<string, unknown>>) => void;
}) {
  const { pagination } = interpretation;
  return (
    <div className={`inspector-interpretation outcome-${interpretation.outcome}`} data-testid="interpretation">
      <p>
        <strong>{interpretation.summary}</strong>
        {interpretation.code !== undefined ? (
          <span className="muted mono"> (code {String(interpretation.code)})</span>
        ) : null}
      </p>
      {interpretation.hints.length > 0 ? (
        <ul>
          {interpretation.hints.map((hint, index) => (
            <li key={index}>{hint}</li>
          ))}
        </ul>
      ) : null}
      {pagination && onFollowPage ? (
        <div className="inspector-pages">
          <button
            type="button"
            disabled={!pagination.previous}
            onClick={() => pagination.previous && onFollowPage(pagination.previous.params)}
          >
            {pagination.previous?.label ?? 'Previous page'}
          </button>
          <span className="muted">
            {pagination.page !== undefined
              ? `Page ${pagination.page}${pagination.pages !== undefined ? ` of ${pagination.pages}` : ''}`
              : ''}
            {pagination.total !== undefined ? ` · ${pagination.total} total` : ''}
          </span>
          <button
            type="button"
            disabled={!pagination.next}
            onClick={() => pagination.next && onFollowPage(pagination.next.params)}
          >
            {pagination.next?.label ?? 'Next page'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
