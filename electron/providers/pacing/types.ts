/** A provider's documented request limits: data its pacing capability declares, read by the one pacer. */
import type { HttpRequestSpec } from '../../../shared/http/types';

export interface WindowLimit {
  /** At most this many requests … */
  readonly max: number;
  /** … in any window this long (sliding). */
  readonly windowMs: number;
  /** How the documents say it, for the warning: "APSIS allows 60 requests a minute per API key". */
  readonly says: string;
}

export interface IdenticalRequestGap {
  /** Which requests it applies to (APSIS: polls of a queued call's PollURL). */
  readonly applies: (request: HttpRequestSpec) => boolean;
  /** The same method and URL may go again only this long after the last one. */
  readonly minGapMs: number;
  readonly says: string;
}

export interface PacingLimits {
  readonly windows: readonly WindowLimit[];
  readonly identical?: IdenticalRequestGap;
}
