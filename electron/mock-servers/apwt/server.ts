/** A local AllProWebTools API: header credentials at two levels, form/multipart/query parameters. */
import { json, startMockHttpServer, type MockServerHandle } from '../http-kit';
import { checkCredentials } from './auth-check';
import { seedApwtState, type ApwtState } from './data';
import { error, routeFor } from './routes';

export interface ApwtFaults {
  /** The account is suspended: every call answers HTTP 200 with status "error" and the reason. */
  accountSuspended: boolean;
}

export type ApwtMock = MockServerHandle & { faults: ApwtFaults; reset(): void; readonly state: () => ApwtState };

export async function startApwtMock(options: { port?: number } = {}): Promise<ApwtMock> {
  let state = seedApwtState();
  const handle = await startMockHttpServer((request) => {
    const route = routeFor(request.url.pathname);
    if (!route) return json(404, { status: 'error', msg: `Unknown API call: ${request.url.pathname}` });
    if (request.method !== 'GET' && request.method !== 'POST')
      return json(405, { status: 'error', msg: 'Use POST (or GET with a URL query)' });
    // PHP fills $_POST only from form encodings: a JSON body arrives as no parameters at all.
    const contentType = String(request.headers['content-type'] ?? '').toLowerCase();
    if (
      request.rawBody.length > 0 &&
      !contentType.includes('form-urlencoded') &&
      !contentType.includes('multipart/form-data')
    ) {
      return error(
        `Unsupported Content-Type ${contentType.split(';')[0] || '(none)'}: POST the values as a form (urlencoded or multipart) or add them as a URL query`,
      );
    }
    if (faults.accountSuspended)
      return error('This AllProWebTools account is suspended: contact AllProWebTools support');
    const auth = checkCredentials(state, request.headers, route.level);
    if (!auth.ok) return error(auth.msg);
    return route.handle(state, request.fields, auth.user);
  }, options);
  // One faults object: the kit's switches (latency, failNext) and this provider's.
  const faults = Object.assign(handle.faults, { accountSuspended: false });
  return Object.assign(handle, {
    faults,
    state: () => state,
    reset() {
      state = seedApwtState();
      Object.assign(faults, { accountSuspended: false, latencyMs: 0, failNext: null });
    },
  });
}
