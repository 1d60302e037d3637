/**
 * A local wbTeamPro: a fake WHMCS install serving `/modules/addons/wbteampro/api.php` in the three URL
 * styles, checking the admin login (MD5), banning a client IP after 3 failed logins, and answering in
 * the request/response envelope as JSON or XML.
 */
import { methodForChain, verbsForChain, type Chain } from '../../../shared/providers/wbteampro/chain/model';
import { parseChain } from '../../../shared/providers/wbteampro/chain/parse';
import { envelopeToXml } from '../../../shared/providers/wbteampro/envelope';
import { decodeParams } from '../../../shared/providers/wbteampro/params';
import { wbteamproDemoCredentials } from '../../../shared/providers/wbteampro/definition';
import {
  json,
  startMockHttpServer,
  type CommonFaults,
  type MockRequest,
  type MockResponse,
  type MockServerHandle,
} from '../http-kit';
import { createLoginGuard, type MockAdmin } from './guard';
import { ApiError } from './records';
import { runMethod } from './routes';
import { seedData } from './seed';

export interface WbTeamProFaults extends CommonFaults {
  /** The addon's "API Active" option: off answers every call with Permission Denied. */
  apiActive: boolean;
  /** Failed logins before a client IP is banned (3 as documented); 0 turns the ban off. */
  banAfter: number;
  /** The reference's own example reports `pages: 0` for a one-record list: lists answer that way when on. */
  pagesZero: boolean;
}

/** The documented quirk: a list's paging block says `pages: 0` whatever the count. */
function withPagesZero(response: Record<string, unknown>): Record<string, unknown> {
  const paging = response.data;
  if (!paging || typeof paging !== 'object' || !('pages' in paging)) return response;
  return { ...response, data: { ...paging, pages: 0 } };
}

export type WbTeamProMockHandle = MockServerHandle & {
  readonly faults: WbTeamProFaults;
  /** Fresh seed data, bans lifted, faults back to normal. */
  reset(): void;
  /** Lifts every ban and forgets failed logins (a WHMCS admin unbanning the IP). */
  clearBans(): void;
  failedLogins(ip?: string): number;
};

export const wbteamproMockAdmins: readonly MockAdmin[] = [
  wbteamproDemoCredentials,
  { username: 'readonly-admin', password: 'parley-readonly' },
];
const addonPrefix = '/modules/addons/wbteampro/';

interface Envelope {
  readonly status: number;
  readonly format: 'json' | 'xml';
  readonly body: Record<string, unknown>;
}

function envelope(
  chain: Chain | null,
  verb: string,
  code: number,
  response: Record<string, unknown>,
  error?: string,
): Envelope {
  const action = chain ? [chain.resource, chain.id, chain.sub].filter(Boolean).join('/') : '';
  const format = chain?.format ?? 'json';
  return {
    status: code,
    format,
    body: {
      request: { action, method: verb, format, code, message: error ? 'Error' : 'Success' },
      response: error ? { error, ...response } : response,
    },
  };
}

function reply(result: Envelope): MockResponse {
  if (result.format === 'xml')
    return {
      status: result.status,
      headers: { 'content-type': 'text/xml; charset=utf-8' },
      body: envelopeToXml(result.body),
    };
  return json(result.status, result.body);
}

function readParams(request: MockRequest): Record<string, unknown> {
  const pairs = Object.entries(request.fields).filter(([name]) => name === 'params' || name.startsWith('params['));
  const decoded = decodeParams(pairs);
  if (decoded.error) throw new ApiError(400, `Request Invalid or Bad Format: ${decoded.error}`);
  // A JSON body is read as the params object too (some clients post JSON).
  const body = request.json;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) Object.assign(decoded.params, body);
  return decoded.params;
}

export async function startWbTeamProMock(options: { port?: number } = {}): Promise<WbTeamProMockHandle> {
  let data = seedData();
  // The faults object exists once the server does; the handler reads it through this holder.
  const live: { faults?: WbTeamProFaults } = {};
  const guard = createLoginGuard(wbteamproMockAdmins, () => live.faults?.banAfter ?? 3);

  const handle = async (request: MockRequest): Promise<MockResponse> => {
    if (!request.url.pathname.startsWith(addonPrefix))
      return {
        status: 404,
        headers: { 'content-type': 'text/html' },
        body: '<html><body><h1>404 Not Found</h1></body></html>',
      };
    const parsed = parseChain(`${request.url.pathname}${request.url.search}`);
    const chain = parsed.ok ? parsed.chain : null;
    const requested = request.fields.method;
    const verb = (requested ?? request.method).toUpperCase();

    const login = guard.check(request.remoteAddress, request.fields.username, request.fields.password);
    if (!login.ok) return reply(envelope(chain, verb, login.code, {}, login.message));
    if (live.faults && !live.faults.apiActive)
      return reply(
        envelope(
          chain,
          verb,
          403,
          {},
          'Permission Denied: the wbTeamPro API is not active (addon option "API Active")',
        ),
      );
    if (!parsed.ok)
      return reply(envelope(null, verb, 400, {}, `Request Invalid or Bad Format: ${parsed.error.message}`));
    if (requested !== undefined && !['GET', 'POST', 'PUT', 'DELETE'].includes(verb))
      return reply(
        envelope(
          chain,
          verb,
          400,
          {},
          `Request Invalid or Bad Format: method=${requested} is not get, post, put or delete`,
        ),
      );
    const method = methodForChain(parsed.chain, verb);
    if (!method)
      return reply(
        envelope(
          parsed.chain,
          verb,
          405,
          {},
          `Request Invalid or Bad Format: ${[parsed.chain.resource, parsed.chain.id, parsed.chain.sub].filter(Boolean).join('.')} accepts ${verbsForChain(parsed.chain).join(', ')}, not ${verb}`,
        ),
      );
    try {
      const result = runMethod(data, method, parsed.chain, readParams(request));
      return reply(envelope(parsed.chain, verb, 200, live.faults?.pagesZero ? withPagesZero(result) : result));
    } catch (error) {
      if (error instanceof ApiError) return reply(envelope(parsed.chain, verb, error.code, {}, error.message));
      throw error;
    }
  };

  const server = await startMockHttpServer(handle, options);
  const wbFaults: WbTeamProFaults = Object.assign(server.faults, { apiActive: true, banAfter: 3, pagesZero: false });
  live.faults = wbFaults;
  return {
    ...server,
    faults: wbFaults,
    reset() {
      data = seedData();
      guard.clear();
      Object.assign(wbFaults, { apiActive: true, banAfter: 3, pagesZero: false, latencyMs: 0, failNext: null });
    },
    clearBans: () => guard.clear(),
    failedLogins: (ip = '127.0.0.1') => guard.failures(ip),
  };
}
