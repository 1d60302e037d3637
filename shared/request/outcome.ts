/** What `request.send` returns to the renderer: the request as sent (masked), and a response or a classified error. */
import type { HttpRequestSpec } from '../http/types';
import type { ResponseMeta, TransportErrorInfo } from '../http/response';
import type { Interpretation } from '../providers/types';
import type { CheckResults } from '../run/checks';

export interface SendOutcome {
  readonly requestId: string;
  /** The history entry this exchange was recorded as. */
  readonly historyId: string | null;
  /** Exactly what was sent, with every secret replaced by a mask. */
  readonly sent: HttpRequestSpec | null;
  readonly response: ResponseMeta | null;
  readonly error: TransportErrorInfo | null;
  /** The provider's reading of the envelope; null for plain HTTP. */
  readonly interpretation: Interpretation | null;
  /** Things the user must see next to the response (TLS verification off, a retried token…). */
  readonly warnings: readonly string[];
  /** The request's captures and assertions, evaluated in main, secrets masked; absent when it has none. */
  readonly checks?: CheckResults;
  /** Plain HTTP with OAuth 2.0: when the access token used expires (null: the server gave no expiry); never the token. */
  readonly tokenExpiresAt?: string | null;
}

/** Build problems found before anything is sent (a missing required field, invalid JSON). */
export interface DraftProblem {
  readonly field: string;
  readonly message: string;
}
