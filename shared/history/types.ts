/** The request history: what is recorded per send, and the short form the sidebar lists. */
import type { ResponseMeta, TransportErrorInfo } from '../http/response';
import type { HttpMethod, HttpRequestSpec } from '../http/types';
import type { Interpretation } from '../providers/types';
import type { SandboxId } from '../providers/sandboxes';
import type { RequestDraft } from '../request/draft';

/** The part of a provider's interpretation worth keeping: the verdict, not the tables. */
export interface HistoryInterpretation {
  readonly outcome: Interpretation['outcome'];
  readonly summary: string;
  readonly code?: string | number;
}

export interface HistoryEntry {
  readonly id: string;
  /** ISO time the exchange was recorded. */
  readonly at: string;
  readonly sandbox: SandboxId;
  readonly profileId: string | null;
  readonly title: string;
  /** The draft as the user edited it: re-opening it gives back the same tab. */
  readonly draft: RequestDraft;
  /** The request as sent, secrets already replaced by placeholders by the caller. */
  readonly sent: HttpRequestSpec | null;
  readonly response: ResponseMeta | null;
  readonly error: TransportErrorInfo | null;
  readonly interpretation: HistoryInterpretation | null;
}

/** What a caller records; id and time are filled in when missing. */
export type HistoryEntryInput = Omit<HistoryEntry, 'id' | 'at' | 'interpretation'> & {
  readonly id?: string;
  readonly at?: string;
  readonly interpretation: Interpretation | HistoryInterpretation | null;
};

/** One row of the history list. */
export interface HistorySummary {
  readonly id: string;
  readonly at: string;
  readonly sandbox: SandboxId;
  readonly profileId: string | null;
  readonly title: string;
  readonly method: HttpMethod;
  readonly url: string;
  /** HTTP status, or null when the exchange failed before a response. */
  readonly status: number | null;
  readonly errorKind: TransportErrorInfo['kind'] | null;
  readonly outcome: HistoryInterpretation['outcome'] | null;
  readonly durationMs: number | null;
  /** Decoded body size in bytes. */
  readonly size: number | null;
}

export interface HistoryListQuery {
  /** Words that must all appear (title, method, URL, status, sandbox, provider message). */
  readonly query?: string;
  readonly limit: number;
  /** Continue after this entry id (the last row of the previous page). */
  readonly before?: string;
}

export function summarize(entry: HistoryEntry): HistorySummary {
  return {
    id: entry.id,
    at: entry.at,
    sandbox: entry.sandbox,
    profileId: entry.profileId,
    title: entry.title,
    method: entry.sent?.method ?? entry.draft.method,
    url: entry.response?.url ?? entry.sent?.url ?? entry.draft.url,
    status: entry.response?.status ?? null,
    errorKind: entry.error?.kind ?? null,
    outcome: entry.interpretation?.outcome ?? null,
    durationMs: entry.response?.timings.total ?? null,
    size: entry.response?.body.size ?? null,
  };
}

/** The text a search matches against, lower-cased. */
export function searchTextOf(entry: HistoryEntry): string {
  const summary = summarize(entry);
  return [
    summary.title,
    summary.method,
    summary.url,
    summary.status ?? '',
    summary.sandbox,
    summary.errorKind ?? '',
    entry.interpretation?.summary ?? '',
    entry.error?.message ?? '',
  ]
    .join(' ')
    .toLowerCase();
}

export function matchesQuery(searchText: string, query: string | undefined): boolean {
  if (!query) return true;
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => searchText.includes(word));
}
