/** Redirects that would move a request somewhere less safe are shown, not followed. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { createHttpEngine, type HttpEngine } from './engine';
import { selfSignedCertificate, startHttpServer, startHttpsServer, type TestServer } from './testing/servers';

let dir: string;
let engine: HttpEngine;
let plain: TestServer;
let secure: TestServer;
let other: TestServer;
const reached: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-redirects-'));
  engine = createHttpEngine({ bodiesDir: path.join(dir, 'bodies'), settings: () => defaultSettings });
  const landing = (name: string) => async (request: { url?: string }, response: ServerResponse) => {
    reached.push(`${name}${request.url ?? ''}`);
    response.end('landed');
  };
  plain = await startHttpServer(landing('plain'));
  other = await startHttpServer(landing('other'));
  secure = await startHttpsServer(selfSignedCertificate(), (request, response) => {
    reached.push(`secure${request.url ?? ''}`);
    const to = request.url === '/down' ? `${plain.origin}/landing` : `${secure.origin}/same`;
    if (request.url === '/same') return void response.end('same origin');
    response.writeHead(302, { location: to }).end();
  });
});
afterAll(async () => {
  await engine.close();
  await Promise.all([plain.close(), secure.close(), other.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('redirect policy', () => {
  it('does not follow https → http, and says so; it does when the request allows downgrades', async () => {
    const refused = await engine.send(
      { method: 'GET', url: `${secure.origin}/down`, headers: [], body: { kind: 'none' } },
      { tlsVerify: false },
    );
    expect(refused.response?.status).toBe(302);
    expect(refused.stoppedRedirect).toEqual({ location: `${plain.origin}/landing`, reason: 'downgrade' });
    expect(reached).not.toContain('plain/landing');

    const allowed = await engine.send(
      { method: 'GET', url: `${secure.origin}/down`, headers: [], body: { kind: 'none' } },
      { tlsVerify: false, transport: { allowDowngrade: true } },
    );
    expect(allowed.response?.status).toBe(200);
    expect(reached).toContain('plain/landing');
  });

  it('follows a same-origin redirect but not another origin when the request carries credentials', async () => {
    const same = await engine.send(
      { method: 'GET', url: `${secure.origin}/hop`, headers: [['Authorization', 'Bearer x']], body: { kind: 'none' } },
      { tlsVerify: false, sameOriginRedirectsOnly: true },
    );
    expect(same.response?.status).toBe(200);
    expect(same.stoppedRedirect).toBeUndefined();

    const away = await startHttpServer((_request, response) =>
      response.writeHead(307, { location: `${other.origin}/stolen` }).end(),
    );
    try {
      const stopped = await engine.send(
        { method: 'POST', url: `${away.origin}/`, headers: [['Apwt-Apikey', 'k']], body: { kind: 'text', text: 'x' } },
        { tlsVerify: true, sameOriginRedirectsOnly: true },
      );
      expect(stopped.response?.status).toBe(307);
      expect(stopped.stoppedRedirect?.reason).toBe('cross-origin');
      expect(reached).not.toContain('other/stolen');
    } finally {
      await away.close();
    }
  });
});
