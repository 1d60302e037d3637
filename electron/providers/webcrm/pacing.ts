/** webCRM's rate limit: 250 requests a minute per application token, in a sliding window. */
import type { PacingLimits } from '../pacing/types';

export const webcrmPacing: PacingLimits = {
  windows: [{ max: 250, windowMs: 60_000, says: 'webCRM allows 250 requests a minute per application token' }],
};
