/**
 * What the request pipeline needs from the rest of main, as small interfaces: the vault, the engine,
 * the history and the mock servers. MainServices adapts the real ones; nothing here knows their insides.
 */
import type { HttpRequestSpec, TransportOptions } from '../../shared/http/types';
import type { ResponseMeta, TransportErrorInfo } from '../../shared/http/response';
import type { ProfileView } from '../../shared/profiles/schema';
import type { AuthState } from '../../shared/profiles/vault-types';
import type { HistoryEntryInput } from '../../shared/history/types';
import type { ResponseStart } from '../http/engine';

export interface PipelineVault {
  get(profileId: string): ProfileView | undefined;
  secretsFor(profileId: string): Readonly<Record<string, string>>;
  /** The ban guard's view of the profile's login failures (counted in its provider's lockout scope). */
  authState(profileId: string): AuthState;
  recordAuthResult(profileId: string, failed: boolean): void;
}

export interface EngineExchange {
  readonly response: ResponseMeta | null;
  readonly error: TransportErrorInfo | null;
  /** Set when the final response is a redirect the engine refused to follow. */
  readonly stoppedRedirect?: { readonly location: string; readonly reason: 'cross-origin' | 'downgrade' };
  /** The decoded body when it was kept in memory; null when it went to a file. */
  bodyText(): Promise<string | null>;
}

export interface PipelineEngine {
  send(
    request: HttpRequestSpec,
    options: {
      signal?: AbortSignal;
      tlsVerify: boolean;
      transport?: TransportOptions;
      sameOriginRedirectsOnly?: boolean;
      onProgress?: (received: number, total: number | null) => void;
      onResponseStart?: (start: ResponseStart) => void;
    },
  ): Promise<EngineExchange>;
  /** Rewrites a stored response body (masking secrets) before anyone can read it. */
  redactBody?(responseId: string, sensitive: readonly string[]): Promise<void>;
}

/** What the pipeline records per exchange: the history's own input type. */
export type HistoryRecord = HistoryEntryInput;

export interface PipelineHistory {
  /** Records an exchange; returns its id. */
  record(entry: HistoryRecord): Promise<string | null>;
}

export interface PipelineMocks {
  /** Turns `mock://<provider>` base URLs into the running mock's URL, starting it on first use. */
  resolveBaseUrl(baseUrl: string): Promise<string>;
}
