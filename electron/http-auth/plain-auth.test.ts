import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import type { PlainAuth } from '../../shared/request/plain-auth';
import { bootMain, filesUnder, type BootedMain } from '../vault/vault-test-kit';
import { createDialogDouble } from '../dialogs/dialog-double';

const CLIENT_SECRET = 'CANARY-client-secret-93ab';

/** A token endpoint and an API on one loopback server, counting what it hands out. */
interface Server {
  origin: string;
  grants: string[];
  /** Authorization headers the API saw. */
  seen: string[];
  revoke(): void;
  close(): Promise<void>;
}

async function tokenServer(): Promise<Server> {
  const state = { grants: [] as string[], seen: [] as string[], issued: 0, revoked: new Set<string>() };
  const s = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/token') {
        const form = new URLSearchParams(body);
        const basic = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
        const grant = form.get('grant_type') ?? '';
        const clientOk = basic === `cli:${CLIENT_SECRET}` || form.get('client_secret') === CLIENT_SECRET;
        const userOk = grant !== 'password' || (form.get('username') === 'ann' && form.get('password') === 'pw-ann');
        if (!clientOk || !userOk) {
          res.statusCode = 401;
          res.end('{"error":"invalid_client","error_description":"Unknown client or wrong secret"}');
          return;
        }
        state.grants.push(grant);
        state.issued += 1;
        res.end(
          JSON.stringify({
            access_token: `tok-${state.issued}`,
            expires_in: 3600,
            refresh_token: `ref-${state.issued}`,
          }),
        );
        return;
      }
      const auth = req.headers.authorization ?? '';
      state.seen.push(auth);
      if ([...state.revoked].some((t) => auth.endsWith(t))) {
        res.statusCode = 401;
        res.end('{"error":"revoked"}');
        return;
      }
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    grants: state.grants,
    seen: state.seen,
    revoke: () => state.revoked.add(`tok-${state.issued}`),
    close: () =>
      new Promise<void>((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  };
}

let data: string;
let main: BootedMain;
let server: Server;
let now = Date.UTC(2026, 0, 1);

beforeEach(async () => {
  data = await mkdtemp(path.join(os.tmpdir(), 'parley-auth-'));
  now = Date.UTC(2026, 0, 1);
  main = bootMain(data, randomBytes(32), 'os', createDialogDouble(), { now: () => now });
  server = await tokenServer();
});

afterEach(async () => {
  await main.services.dispose();
  await server.close();
  await rm(data, { recursive: true, force: true });
});

const withAuth = (auth: PlainAuth): RequestDraft => ({ ...emptyDraft('http'), url: `${server.origin}/api`, auth });
let n = 0;
const send = (draft: RequestDraft) => main.ok('request.send', { requestId: `r${(n += 1)}`, draft, title: 'API' });

describe('plain HTTP auth helpers', () => {
  it('Bearer, Basic and API key are applied in main and masked in history', async () => {
    await send(withAuth({ kind: 'bearer', token: 'CANARY-bearer-1' }));
    await send(withAuth({ kind: 'basic', username: 'ann', password: 'CANARY-basic-2' }));
    expect(server.seen).toEqual([
      'Bearer CANARY-bearer-1',
      `Basic ${Buffer.from('ann:CANARY-basic-2').toString('base64')}`,
    ]);
    const outcome = await send(withAuth({ kind: 'apiKey', name: 'api_key', value: 'CANARY-key-3', in: 'query' }));
    expect(outcome.sent?.url).toBe(`${server.origin}/api?api_key=••••`);
    const leaked = filesUnder(data).filter(({ bytes }) => /CANARY-(bearer|basic|key)/.test(bytes.toString()));
    expect(leaked.map((f) => f.file)).toEqual([]);
    expect(JSON.stringify(main.outputs)).not.toMatch(/CANARY-(bearer|basic|key)/);
  });

  it('OAuth 2.0 client credentials: fetched once, reused, refreshed after expiry, fetched again when refused', async () => {
    const auth: PlainAuth = {
      kind: 'oauth2',
      grant: 'client_credentials',
      tokenUrl: `${server.origin}/token`,
      clientId: 'cli',
      clientSecret: CLIENT_SECRET,
      username: '',
      password: '',
      scope: 'read',
      clientAuth: 'basic',
    };
    await send(withAuth(auth));
    await send(withAuth(auth));
    expect(server.grants).toEqual(['client_credentials']);
    expect(server.seen).toEqual(['Bearer tok-1', 'Bearer tok-1']);

    now += 3600 * 1000;
    await send(withAuth(auth));
    expect(server.grants).toEqual(['client_credentials', 'refresh_token']);
    expect(server.seen.at(-1)).toBe('Bearer tok-2');

    server.revoke();
    const outcome = await send(withAuth(auth));
    expect(server.grants).toEqual(['client_credentials', 'refresh_token', 'client_credentials']);
    expect(outcome.response?.status).toBe(200);
    expect(outcome.warnings.join(' ')).toContain('fetched a new one');
    expect(JSON.stringify(main.outputs)).not.toMatch(/tok-\d|CANARY-client/);
    expect(filesUnder(data).filter(({ bytes }) => /tok-\d|CANARY-client/.test(bytes.toString()))).toEqual([]);
  });

  it('OAuth 2.0 password grant, and a refused client explained', async () => {
    const auth: PlainAuth = {
      kind: 'oauth2',
      grant: 'password',
      tokenUrl: `${server.origin}/token`,
      clientId: 'cli',
      clientSecret: CLIENT_SECRET,
      username: 'ann',
      password: 'pw-ann',
      scope: '',
      clientAuth: 'body',
    };
    await send(withAuth(auth));
    expect(server.grants).toEqual(['password']);
    const refused = await main.call('request.send', {
      requestId: 'bad',
      draft: withAuth({ ...auth, clientSecret: 'wrong' }),
      title: 'API',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('answered HTTP 401: Unknown client or wrong secret');
  });
});
