/** What the settings screen changes reaches the engine: the CA file, the TLS default and the system proxy switch. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings';
import { createHttpEngine, type HttpEngine } from './engine';
import { selfSignedCertificate, startHttpServer, startHttpsServer, type TestServer } from './testing/servers';

let dir: string;
let secure: TestServer;
let plain: TestServer;
let settings: Settings;
let engine: HttpEngine;
const certificate = selfSignedCertificate();
const get = (url: string, tlsVerify?: boolean) =>
  engine.send(
    { method: 'GET', url, headers: [], body: { kind: 'none' } },
    tlsVerify === undefined ? {} : { tlsVerify },
  );

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-engine-settings-'));
  secure = await startHttpsServer(certificate, (_, response) => response.end('secure hello'));
  plain = await startHttpServer((_, response) => response.end('plain hello'));
  settings = { ...defaultSettings };
  engine = createHttpEngine({ bodiesDir: path.join(dir, 'bodies'), settings: () => settings });
});
afterAll(async () => {
  await engine.close();
  await secure.close();
  await plain.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('settings reach the engine', () => {
  it('trusts a server whose certificate is in the CA file, and not without it', async () => {
    const url = `https://localhost:${secure.port}/`;
    expect((await get(url)).error).toMatchObject({ kind: 'tls' });
    const caFile = path.join(dir, 'ca.pem');
    writeFileSync(caFile, certificate.cert);
    settings = { ...defaultSettings, caFile };
    const trusted = await get(url);
    expect(trusted.error).toBeNull();
    expect(trusted.response?.status).toBe(200);
  });

  it('uses the TLS default for a request without a profile, a profile’s own choice otherwise', async () => {
    const url = `https://localhost:${secure.port}/`;
    settings = { ...defaultSettings, tlsVerify: false };
    expect((await get(url)).response?.status).toBe(200);
    expect((await get(url, true)).error).toMatchObject({ kind: 'tls' });
  });

  it('says which CA file cannot be read instead of failing obscurely', async () => {
    settings = { ...defaultSettings, caFile: path.join(dir, 'gone.pem') };
    const failed = await get(`https://localhost:${secure.port}/`);
    expect(failed.error).toMatchObject({ kind: 'file' });
    expect(failed.error?.message).toContain('gone.pem');
  });

  it('ignores the environment proxy when "use system proxy" is off', async () => {
    const saved = { ...process.env };
    delete process.env.NO_PROXY;
    delete process.env.no_proxy;
    process.env.HTTP_PROXY = 'http://127.0.0.1:9';
    try {
      settings = { ...defaultSettings, useSystemProxy: false };
      expect((await get(`http://127.0.0.1:${plain.port}/`)).response?.status).toBe(200);
      settings = { ...defaultSettings, useSystemProxy: true, connectTimeoutMs: 2000 };
      expect((await get(`http://127.0.0.1:${plain.port}/`)).error).not.toBeNull();
    } finally {
      process.env = saved;
    }
  });
});
