/**
 * A local APSIS Pro REST API: Basic auth with the key, the Code ↔ HTTP table, paged and queued calls,
 * 60 requests a minute. Every catalog URL shape answers; lists, subscribers and filters are modelled.
 */
import { apsisDemoKey } from '../../../shared/providers/apsis/definition';
import { systemClock, type Clock } from '../../deps';
import { startMockHttpServer, type MockRequest, type MockResponse, type MockServerHandle } from '../http-kit';
import type { MethodContext } from './context';
import { seedApsisState } from './data';
import { envelope } from './envelope';
import { checkBody, checkKey, checkPathParams, RateLimiter, type KeyRing } from './guards';
import { genericMethod } from './methods-generic';
import { listMethods } from './methods-lists';
import { subscriberMethods } from './methods-subscribers';
import { JobQueue } from './queue';
import { matchRoute } from './router';
import { asXml, wantsXml } from './xml';

export interface ApsisFaults {
  /** Requests allowed per key per minute (APSIS: 60); tests lower it. */
  rateLimitPerMinute: number;
  /** Answer every API call with this code (-1 server error, -5 busy, -6 API disabled); null for normal service. */
  forceCode: -1 | -5 | -6 | null;
  /** How long a queued job takes before its poll file says Completed. */
  queueDelayMs: number;
  /** Queued jobs end in State -1 (Error). */
  queueFails: boolean;
}

export type ApsisMock = MockServerHandle & {
  faults: ApsisFaults;
  reset(): void;
  /** Adds a key; `activeInMs` > 0 plays a freshly generated key (APSIS: up to 5 minutes to activate). */
  addKey(key: string, activeInMs?: number): void;
  /** How many calls were refused with -9 (rate limit) since the start or the last reset. */
  rateLimited(): number;
};

const forcedMessages: Readonly<Record<number, string>> = {
  [-1]: 'Internal Server Error - there was an issue with the API server.',
  [-5]: 'Busy - the API server is currently not available.',
  [-6]: 'API Disabled - the API service is temporarily offline for maintenance.',
};

const methods = { ...listMethods, ...subscriberMethods };
const defaultFaults = (): ApsisFaults => ({
  rateLimitPerMinute: 60,
  forceCode: null,
  queueDelayMs: 300,
  queueFails: false,
});

export async function startApsisMock(options: { port?: number; clock?: Clock } = {}): Promise<ApsisMock> {
  // The rate limit's minute runs on this clock: a test runs many minutes of pacing in virtual time.
  const clock = options.clock ?? systemClock;
  let state = seedApsisState();
  let refusedForRate = 0;
  const keys: KeyRing = new Map([[apsisDemoKey, 0]]);
  const limiter = new RateLimiter();
  // The queue reads the live switches, so a test can change them between calls.
  const queue = new JobQueue({
    get delayMs() {
      return faults.queueDelayMs;
    },
    get fail() {
      return faults.queueFails;
    },
  });

  const handle = await startMockHttpServer((request) => {
    const answer = respond(request);
    return wantsXml(request.headers.accept) ? asXml(answer) : answer;
  }, options);

  function respond(request: MockRequest): MockResponse {
    const now = clock.now();
    const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
    // Poll and data files are plain files on APSIS's side: no key, no envelope.
    const file = queue.answer(origin, request.url.pathname, now);
    if (file) return file;
    if (faults.forceCode !== null) return envelope(faults.forceCode, forcedMessages[faults.forceCode] ?? 'Error');
    const auth = checkKey(request.headers, keys, now);
    if (!auth.ok) return auth.response;
    if (!limiter.allow(auth.key, faults.rateLimitPerMinute, now)) {
      refusedForRate += 1;
      return envelope(-9, `Rate Limit - too many requests: at most ${faults.rateLimitPerMinute} requests per minute.`);
    }
    const route = matchRoute(request.method, request.url.pathname);
    if (route.kind === 'not-found') return envelope(-3, `Not Found - no API method matches ${request.url.pathname}.`);
    if (route.kind === 'wrong-method')
      return envelope(
        -8,
        `Method not allowed - the requested resource does not support http method '${request.method}' (allowed: ${route.allowed.join(', ')}).`,
      );
    const badParam = checkPathParams(route.endpoint, route.pathParams);
    if (badParam) return badParam;
    const body = checkBody(route.endpoint, request);
    if (!body.ok) return body.response;
    const context: MethodContext = {
      state,
      endpoint: route.endpoint,
      path: route.pathParams,
      query: request.url.searchParams,
      body: body.body,
      origin,
      queue,
      now,
    };
    return (methods[route.endpoint.id] ?? genericMethod)(context);
  }

  // One faults object: the kit's switches (latency, failNext) and this provider's.
  const faults = Object.assign(handle.faults, defaultFaults());
  return Object.assign(handle, {
    faults,
    addKey(key: string, activeInMs = 0) {
      keys.set(key, clock.now() + activeInMs);
    },
    rateLimited: () => refusedForRate,
    reset() {
      state = seedApsisState();
      keys.clear();
      keys.set(apsisDemoKey, 0);
      limiter.clear();
      refusedForRate = 0;
      queue.clear();
      Object.assign(faults, defaultFaults(), { latencyMs: 0, failNext: null });
    },
  });
}
