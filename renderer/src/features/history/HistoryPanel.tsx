import { useDeferredValue, useState } from 'react';
import type { RequestDraft } from '../../../../shared/request/draft';
import type { HistorySummary } from '../../../../shared/history/types';
import { invoke } from '../../ipc/client';
import { useIpcMutation, useIpcQuery } from '../../ipc/hooks';
import { sandboxById } from '../../../../shared/providers/sandboxes';
import './history.css';
import { errorMessage } from '../../../../shared/values';

export interface HistoryPanelProps {
  /** Opens a recorded request in a new tab. */
  readonly onOpen: (draft: RequestDraft, title: string) => void;
}

function when(at: string): string {
  const date = new Date(at);
  const today = new Date().toDateString() === date.toDateString();
  return today
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    : date.toLocaleDateString();
}

function statusText(row: HistorySummary): { text: string; className: string } {
  if (row.status === null) return { text: row.errorKind ?? 'error', className: 'history-status history-status-error' };
  const family = row.status >= 500 ? 'error' : row.status >= 400 ? 'warn' : row.status >= 300 ? 'redirect' : 'ok';
  return { text: String(row.status), className: `history-status history-status-${family}` };
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return url;
  }
}

function pathnameOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * Where a request went, as the user knows it: a provider's requests by provider and profile (its host is a
 * detail, and a mock's loopback port means nothing), plain requests by host, with their profile if any.
 */
function whereOf(row: HistorySummary, profileName: string | undefined): string {
  const profile = profileName ? `${profileName} · ` : '';
  if (row.sandbox === 'http') return `${profile}${pathOf(row.url)}`;
  return `${sandboxById(row.sandbox).name} · ${profile}${pathnameOf(row.url)}`;
}

/** The request history: newest first, searchable; re-open, delete, clear. */
export function HistoryPanel({ onOpen }: HistoryPanelProps) {
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const list = useIpcQuery('history.list', { query: query || undefined, limit: 200 });
  const remove = useIpcMutation('history.delete', ['history.list']);
  const clear = useIpcMutation('history.clear', ['history.list']);
  const [confirmClear, setConfirmClear] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const rows = list.data ?? [];
  const profiles = useIpcQuery('profiles.list', {});
  const profileNames = new Map((profiles.data ?? []).map((profile) => [profile.id, profile.name]));

  const open = async (row: HistorySummary) => {
    try {
      const entry = await invoke('history.get', { id: row.id });
      setOpenError(null);
      onOpen(entry.draft, entry.title || `${row.method} ${pathOf(row.url)}`);
    } catch (error) {
      setOpenError(errorMessage(error));
    }
  };

  // Main reads its own history and writes the file; the window learns the file's name and a count.
  const exportHar = async () => {
    try {
      const result = await invoke('export.history', query ? { query } : {});
      setOpenError(null);
      setExported(
        result.saved
          ? `Exported ${result.requests} request${result.requests === 1 ? '' : 's'} to ${result.fileName ?? ''}${result.report.length ? ` (${result.report.length} left out: not sent)` : ''}.`
          : null,
      );
    } catch (error) {
      setOpenError(errorMessage(error));
    }
  };

  return (
    <div className="history-panel">
      <input
        className="history-search"
        type="search"
        aria-label="Search history"
        placeholder="Search history…"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {openError ? (
        <p className="history-error" role="alert">
          {openError}
        </p>
      ) : null}
      {list.isError ? (
        <p className="history-error" role="alert">
          {list.error.message}
        </p>
      ) : null}
      {rows.length === 0 && !list.isPending ? (
        <p className="empty-state">
          {query ? 'No recorded request matches.' : 'History appears here once you send a request.'}
        </p>
      ) : (
        <ul className="history-list" aria-label="History">
          {rows.map((row) => {
            const status = statusText(row);
            return (
              <li key={row.id} className="history-row">
                <button
                  type="button"
                  className="history-open"
                  onClick={() => void open(row)}
                  title={`Open in a new tab: ${row.method} ${row.url}`}
                >
                  <span className="history-line">
                    <span className={`history-method method-${row.method}`}>{row.method}</span>
                    <span className={status.className}>{status.text}</span>
                    <span className="history-title">{row.title || pathOf(row.url)}</span>
                  </span>
                  <span className="history-meta">
                    <span className="history-url">
                      {whereOf(row, row.profileId ? profileNames.get(row.profileId) : undefined)}
                    </span>
                    <time dateTime={row.at}>{when(row.at)}</time>
                  </span>
                </button>
                <button
                  type="button"
                  className="history-delete"
                  aria-label={`Delete ${row.title || row.url} from history`}
                  onClick={() => remove.mutate({ id: row.id })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > 0 || confirmClear ? (
        <div className="history-footer">
          {confirmClear ? (
            <>
              <span>Delete the whole history?</span>
              <button type="button" onClick={() => clear.mutate({}, { onSettled: () => setConfirmClear(false) })}>
                Delete all
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                Keep
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                title={
                  query ? 'Export the requests that match the search as a HAR file' : 'Export the history as a HAR file'
                }
                onClick={() => void exportHar()}
              >
                {query ? 'Export matches as HAR…' : 'Export as HAR…'}
              </button>
              <button type="button" onClick={() => setConfirmClear(true)}>
                Clear history…
              </button>
            </>
          )}
        </div>
      ) : null}
      {exported ? (
        <p className="history-exported" role="status">
          {exported}
        </p>
      ) : null}
    </div>
  );
}
