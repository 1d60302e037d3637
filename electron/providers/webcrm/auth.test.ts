import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HttpRequestSpec } from '../../../shared/http/types';
import { webcrmProvider } from '../../../shared/providers/webcrm/definition';
import { startWebcrmMock, type WebcrmMockHandle } from '../../mock-servers/webcrm/server';
import { systemClock } from '../../deps';
import { exchange, sendPlain, testProfile } from '../testing/send';
import { createWebcrmAuth, tokenBaseUrl } from './auth';

const demoToken = webcrmProvider.demoProfile.secrets.applicationToken ?? '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('webCRM access tokens in main', () => {
  let mock: WebcrmMockHandle;
  const profile = (id = 'test-webcrm') => ({ ...testProfile('webcrm', mock.baseUrl, {}, ['applicationToken']), id });

  beforeAll(async () => {
    mock = await startWebcrmMock();
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.reset());

  it('with tokens living 2 s, a 10 s session never shows a 401 and logs in once, refreshing in between', async () => {
    mock.faults.tokenLifetimeSeconds = 2;
    const auth = createWebcrmAuth();
    const statuses: number[] = [];
    const started = Date.now();
    while (Date.now() - started < 10_000) {
      const result = await exchange(
        auth,
        profile(),
        { applicationToken: demoToken },
        { endpointId: 'OrganisationsGet', params: { Size: 5 } },
      );
      statuses.push(result.response.status);
      await sleep(150);
    }
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const stats = mock.tokenStats();
    expect(stats.logins).toBe(1);
    expect(stats.unauthorized).toBe(0);
    // Ten seconds of two-second tokens cannot be covered by fewer than four refreshes.
    expect(stats.refreshes).toBeGreaterThanOrEqual(4);
    expect(auth.stats('test-webcrm')).toEqual({ logins: 1, refreshes: stats.refreshes });
  }, 30_000);

  it('falls back to a new login when the refresh token has expired', async () => {
    mock.faults.tokenLifetimeSeconds = 1;
    mock.faults.refreshTokenLifetimeSeconds = 1;
    const auth = createWebcrmAuth();
    const send = () =>
      exchange(auth, profile(), { applicationToken: demoToken }, { endpointId: 'ProductsGet', params: {} });
    expect((await send()).response.status).toBe(200);
    await sleep(1_200);
    expect((await send()).response.status).toBe(200);
    expect(mock.tokenStats()).toMatchObject({ logins: 2, unauthorized: 0 });
    expect(auth.stats('test-webcrm')).toEqual({ logins: 2, refreshes: 1 });
  });

  it('keeps one token per profile, shares a login between concurrent requests, and forgets on request', async () => {
    const auth = createWebcrmAuth();
    const context = (id: string) => ({
      profile: profile(id),
      secrets: { applicationToken: demoToken },
      preview: false,
      send: sendPlain,
      clock: systemClock,
    });
    const request: HttpRequestSpec = {
      method: 'GET',
      url: `${mock.baseUrl}/Persons`,
      headers: [],
      body: { kind: 'none' },
    };
    const [a, b] = await Promise.all([auth.apply(request, context('one')), auth.apply(request, context('one'))]);
    expect(a.request.headers).toEqual(b.request.headers);
    await auth.apply(request, context('two'));
    expect(mock.tokenStats().logins).toBe(2);
    const bearer = a.request.headers.find(([name]) => name === 'Authorization')?.[1] ?? '';
    expect(a.sensitive).toContain(bearer.replace('Bearer ', ''));
    expect(a.sensitive).toContain(demoToken);

    const state = auth.tokenState('one');
    expect(state?.expiresAt).toBeGreaterThan(Date.now() + 3_500_000);
    expect(JSON.stringify(state)).not.toContain(bearer.replace('Bearer ', ''));
    auth.forget?.('one');
    expect(auth.tokenState('one')).toBeNull();
    expect(auth.tokenState('two')).not.toBeNull();
  });

  it('a preview shows a masked bearer and makes no network call', async () => {
    const auth = createWebcrmAuth();
    const request: HttpRequestSpec = {
      method: 'GET',
      url: `${mock.baseUrl}/Persons`,
      headers: [],
      body: { kind: 'none' },
    };
    const before = mock.requestCount();
    const applied = await auth.apply(request, {
      profile: profile(),
      secrets: { applicationToken: '••••' },
      preview: true,
      send: sendPlain,
      clock: systemClock,
    });
    expect(applied.request.headers).toEqual([['Authorization', 'Bearer ••••••••']]);
    expect(mock.requestCount()).toBe(before);
  });

  it('a changed application token starts a new session', async () => {
    const auth = createWebcrmAuth();
    mock.faults.applicationTokens = [demoToken, 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'];
    const send = (token: string) =>
      exchange(auth, profile(), { applicationToken: token }, { endpointId: 'ProductsGet', params: {} });
    await send(demoToken);
    await send(demoToken);
    await send('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    expect(mock.tokenStats().logins).toBe(2);
  });
});

describe('where webCRM token calls go', () => {
  it('follows the request to its origin, keeping the base URL’s path prefix', () => {
    const request = (url: string): HttpRequestSpec => ({ method: 'GET', url, headers: [], body: { kind: 'none' } });
    expect(tokenBaseUrl(request('http://127.0.0.1:5123/Persons?Size=1'), 'mock://webcrm')).toBe(
      'http://127.0.0.1:5123',
    );
    expect(tokenBaseUrl(request('https://gw.example.com/webcrm/Persons'), 'https://gw.example.com/webcrm/')).toBe(
      'https://gw.example.com/webcrm',
    );
    expect(tokenBaseUrl(request('https://api.webcrm.com/Persons'), 'https://{{host}}')).toBe('https://api.webcrm.com');
  });
});
