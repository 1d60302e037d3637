/** APSIS Pro's terms of usage: 60 requests a minute per integration, identical polls at least 5 minutes apart. */
import type { PacingLimits } from '../pacing/types';

export const apsisPacing: PacingLimits = {
  windows: [{ max: 60, windowMs: 60_000, says: 'APSIS allows 60 requests a minute per API key' }],
  identical: {
    // A queued call's PollURL is a file under /v1/queue/… (what the mock and the docs' examples show).
    applies: (request) => request.method === 'GET' && /\/queue\//i.test(new URL(request.url).pathname),
    minGapMs: 5 * 60_000,
    says: 'APSIS asks for at least 5 minutes between identical polls',
  },
};
