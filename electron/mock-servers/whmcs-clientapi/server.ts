/**
 * A local WHMCS client area with NDCHost's Client API addon: index.php (also /whmcs/index.php) routes
 * m=clientapi to the API; anything else gets the client area's HTML, as a real portal would answer.
 */
import { startMockHttpServer, type MockResponse, type MockServerHandle } from '../http-kit';
import { seedClientApiState, type ClientApiState } from './data';
import { answerClientApi } from './routes';

export interface WhmcsClientApiFaults {
  /** Answer every API call with the client area's HTML login page (text/html), as a misrouted portal does. */
  htmlInsteadOfJson: boolean;
  /**
   * The Content-Type of API answers. The documented client compares it with exactly `application/json`,
   * so that is the default; a portal whose PHP adds `; charset=utf-8` can be imitated here.
   */
  contentType: string;
}

export const documentedContentType = 'application/json';

export type WhmcsClientApiMock = MockServerHandle & {
  faults: WhmcsClientApiFaults;
  reset(): void;
  readonly state: () => ClientApiState;
};

const loginPage: MockResponse = {
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<!DOCTYPE html><html><head><title>Client Area - Login</title></head><body><h1>Login</h1><p>Please login to access the client area.</p><form method="post" action="dologin.php"></form></body></html>',
};

export async function startWhmcsClientApiMock(options: { port?: number } = {}): Promise<WhmcsClientApiMock> {
  let state = seedClientApiState();
  const handle = await startMockHttpServer((request) => {
    const path = request.url.pathname;
    if (path !== '/index.php' && path !== '/whmcs/index.php' && path !== '/' && path !== '/whmcs/')
      return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>404 Not Found</h1>' };
    if (request.method !== 'GET' && request.method !== 'POST')
      return {
        status: 405,
        headers: { 'content-type': 'text/html', allow: 'GET, POST' },
        body: '<h1>405 Method Not Allowed</h1>',
      };
    if (faults.htmlInsteadOfJson || request.fields.m !== 'clientapi') return loginPage;
    const answer = answerClientApi(state, request.fields);
    return { ...answer, headers: { ...answer.headers, 'content-type': faults.contentType } };
  }, options);
  // One faults object: the kit's switches (latency, failNext) and this provider's, flipped by tests.
  const faults = Object.assign(handle.faults, { htmlInsteadOfJson: false, contentType: documentedContentType });
  return Object.assign(handle, {
    faults,
    state: () => state,
    reset() {
      state = seedClientApiState();
      Object.assign(faults, {
        htmlInsteadOfJson: false,
        contentType: documentedContentType,
        latencyMs: 0,
        failNext: null,
      });
    },
  });
}
