/**
 * The webCRM mock: /Auth/ApiLogin and /Auth/ApiRefresh issue bearer tokens with a switchable lifetime,
 * every other call needs one, 250 requests a minute per application token (switchable) → 429 with
 * Retry-After and RetryAfterSeconds, and every catalog operation answers from seeded data.
 */
import { systemClock, type Clock } from '../../deps';
import { json, startMockHttpServer, type MockRequest, type MockResponse, type MockServerHandle } from '../http-kit';
import { AuthState, defaultFaults, type TokenStats, type WebcrmFaults } from './auth-state';
import { matchOperation } from './match';
import { errorBody, handleOperation, type RouteState } from './routes';
import { seedHooks, seedTables } from './seed';

export type { WebcrmFaults } from './auth-state';

export type WebcrmMockHandle = Omit<MockServerHandle, 'faults'> & {
  readonly faults: MockServerHandle['faults'] & WebcrmFaults;
  /** Logins, refreshes and refused bearers since start or reset. */
  tokenStats(): TokenStats;
  /** The last 20 access and refresh tokens issued, oldest first. */
  issuedTokens(): readonly { readonly accessToken: string; readonly refreshToken: string }[];
  /** Every switch back to webCRM's behaviour, tokens forgotten, data re-seeded. */
  reset(): void;
  /** Data re-seeded only: issued tokens stay valid. */
  reseed(): void;
};

const loginError = (description: string): MockResponse =>
  json(400, {
    AccessToken: null,
    RefreshToken: null,
    ExpiresIn: 0,
    TokenType: null,
    Error: 'invalid_grant',
    ErrorDescription: description,
    IsError: true,
  });

export async function startWebcrmMock(options: { port?: number; clock?: Clock } = {}): Promise<WebcrmMockHandle> {
  // Token lifetimes and the rate window run on this clock: a test lives through an expiry in virtual time.
  const clock = options.clock ?? systemClock;
  // Replaced by the server's own fault object once it is listening, so tests flip every switch in one place.
  let faults: MockServerHandle['faults'] & WebcrmFaults = { latencyMs: 0, failNext: null, ...defaultFaults() };
  const auth = new AuthState(() => faults);
  const freshState = (): RouteState => ({ tables: seedTables(), hooks: seedHooks(), nextId: 1000 });
  let state = freshState();

  const handle = (request: MockRequest): MockResponse => {
    const now = clock.now();
    const pathname = request.url.pathname.replace(/\/+$/, '') || '/';
    const lower = pathname.toLowerCase();
    if (request.method === 'POST' && lower === '/auth/apilogin') {
      // The docs send authCode as a form field; one doc variant says header: accept both.
      const code = request.fields.authCode ?? String(request.headers.authcode ?? '');
      if (!code) return loginError('The authCode field (your application token) is missing.');
      if (!faults.applicationTokens.includes(code)) return loginError('The application token is not valid.');
      auth.stats.logins += 1;
      return json(200, auth.issue(code, now));
    }
    if (request.method === 'POST' && lower === '/auth/apirefresh') {
      const refreshToken = String(request.headers.refreshtoken ?? request.fields.refreshToken ?? '');
      const applicationToken = refreshToken ? auth.redeemRefresh(refreshToken, now) : null;
      if (!applicationToken) return loginError('The refresh token is not valid or has expired.');
      auth.stats.refreshes += 1;
      return json(200, auth.issue(applicationToken, now));
    }
    const matched = matchOperation(request.method, pathname);
    if (matched === null) return errorBody(404, `No webCRM resource at ${pathname}.`, 'NotFoundException');
    if (matched === 'method')
      return errorBody(405, `${request.method} is not allowed on ${pathname}.`, 'MethodNotAllowedException');
    if (matched.operation.tag === 'Auth' && !matched.operation.secured && matched.operation.method === 'POST') {
      // CrmLogin and the user login: the mock accepts any filled-in credentials.
      auth.stats.logins += 1;
      return json(200, { ...auth.issue(faults.applicationTokens[0] ?? '', now), UserId: 1 });
    }
    const applicationToken = auth.check(request.headers.authorization, now);
    if (applicationToken === null) {
      return {
        status: 401,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'www-authenticate': 'Bearer error="invalid_token"',
        },
        body: JSON.stringify({ Message: 'Authorization has been denied for this request.' }),
      };
    }
    const wait = auth.throttle(applicationToken, now);
    if (wait !== null) {
      auth.stats.throttled += 1;
      return json(
        429,
        {
          RetryAfterSeconds: wait,
          Message: `The request was throttled. Retry after ${wait} seconds.`,
          Type: 'TooManyRequestsException',
        },
        { 'retry-after': String(wait) },
      );
    }
    return handleOperation(state, faults, matched.operation, matched.pathParams, request);
  };

  const server = await startMockHttpServer(handle, options);
  const merged = Object.assign(server.faults, defaultFaults());
  faults = merged;
  return {
    ...server,
    faults: merged,
    tokenStats: () => ({ ...auth.stats }),
    issuedTokens: () => [...auth.issued],
    reset() {
      Object.assign(merged, defaultFaults(), { latencyMs: 0, failNext: null });
      auth.reset();
      state = freshState();
    },
    reseed() {
      state = freshState();
    },
  };
}
