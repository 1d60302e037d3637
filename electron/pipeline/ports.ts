/**
 * What the request pipeline needs from the rest of main, as small interfaces: the vault, the engine,
 * the history and the mock servers. MainServices adapts the real ones; nothing here knows their insides.
 */
import type { HttpRequestSpec, TransportOptions } from '../../shared/http/types';
import type { ResponseMeta, TransportErrorInfo } from '../../shared/http/response';
import type { ProfileView } from '../../shared/profiles/schema';
import type { Interpretation } from '../../shared/providers/types';
import type { RequestDraft } from '../../shared/request/draft';

export interface PipelineVault {
  get(profileId: string): ProfileView | undefined;
  secretsFor(profileId: string): Readonly<Record<string, string>>;
  authFailures(profileId: string): number;
  recordAuthResult(profileId: string, failed: boolean): void;
}

export interface EngineExchange {
  readonly response: ResponseMeta | null;
  readonly error: TransportErrorInfo | null;
  /** The decoded body when it was kept in memory; null when it went to a file. */
  bodyText(): Promise<string | null>;
}

export interface PipelineEngine {
  send(
    request: HttpRequestSpec,
    options: { signal?: AbortSignal; tlsVerify: boolean; transport?: TransportOptions },
  ): Promise<EngineExchange>;
}

export interface HistoryRecord {
  readonly sandbox: RequestDraft['sandbox'];
  readonly profileId: string | null;
  readonly title: string;
  readonly draft: RequestDraft;
  readonly sent: HttpRequestSpec | null;
  readonly response: ResponseMeta | null;
  readonly error: TransportErrorInfo | null;
  readonly interpretation: Interpretation | null;
}

export interface PipelineHistory {
  /** Records an exchange; returns its id. */
  record(entry: HistoryRecord): Promise<string | null>;
}

export interface PipelineMocks {
  /** Turns `mock://<provider>` base URLs into the running mock's URL, starting it on first use. */
  resolveBaseUrl(baseUrl: string): Promise<string>;
}
