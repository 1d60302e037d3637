/**
 * Hostile servers through the real engine (and, where the app reads the body, the real interpreter):
 * every answer ends as a classified error or a safe result, and the next request still works.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpRequestSpec } from '../../shared/http/types';
import { wbteamproProvider } from '../../shared/providers/wbteampro/definition';
import { whmcsClientApiProvider } from '../../shared/providers/whmcs-clientapi/definition';
import { defaultSettings, type Settings } from '../../shared/settings';
import { createHttpEngine, type HttpEngine, type SendOptions } from './engine';
import { MAX_DECODED_BYTES } from './guards';
import {
  selfSignedCertificate,
  startHttpServer,
  startHttpsServer,
  startTcpServer,
  type TestServer,
} from './testing/servers';

let dir: string;
let engine: HttpEngine;
let settings: Settings;
let server: TestServer;
let raw: TestServer;
let other: TestServer;
let secure: TestServer;
const seenByOther: Record<string, string | string[] | undefined>[] = [];
const seenByPlain: Record<string, string | string[] | undefined>[] = [];

const send = (url: string, options: Partial<SendOptions> = {}, spec: Partial<HttpRequestSpec> = {}) =>
  engine.send({ method: 'GET', url, headers: [], body: { kind: 'none' }, ...spec }, { tlsVerify: true, ...options });

/** 16 gzip members of 64 MB of zeros each: about 1 MB on the wire, 1 GB decoded. */
function gzipBomb(): Buffer {
  const member = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  return Buffer.concat(Array.from({ length: 16 }, () => member));
}

/** The classic billion laughs: ten levels of ten references each. */
function billionLaughs(): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let level = 1; level <= 9; level += 1) {
    const previous = level === 1 ? 'lol' : `lol${level - 1}`;
    entities.push(`<!ENTITY lol${level} "${`&${previous};`.repeat(10)}">`);
  }
  return `<?xml version="1.0"?><!DOCTYPE lolz [${entities.join('')}]><root><request><code>200</code><message>&lol9;</message></request></root>`;
}

/** A raw HTTP/1.1 response with this many distinct headers. */
function manyHeaders(count: number): string {
  const lines = Array.from({ length: count }, (_, index) => `X-Flood-${index}: ${'v'.repeat(20)}`);
  return `HTTP/1.1 200 OK\r\nContent-Length: 2\r\n${lines.join('\r\n')}\r\n\r\nok`;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-engine-hostile-'));
  settings = { ...defaultSettings };
  engine = createHttpEngine({ bodiesDir: path.join(dir, 'bodies'), settings: () => settings });
  const bomb = gzipBomb();
  const brotliBomb = brotliCompressSync(Buffer.alloc(48 * 1024 * 1024), {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 },
  });
  other = await startHttpServer((request, response) => {
    seenByOther.push(request.headers);
    response.writeHead(200, { 'content-type': 'text/plain' }).end('elsewhere');
  });
  const certificate = selfSignedCertificate();
  server = await startHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/plain-landing':
        seenByPlain.push(request.headers);
        response.writeHead(200, { 'content-type': 'text/plain' }).end('downgraded');
        return;
      case '/drip': {
        response.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => response.write('.'), 250);
        response.on('close', () => clearInterval(timer));
        return;
      }
      case '/silent':
        return; // Never answers.
      case '/reset-mid-body':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
        response.write('{"items":[1,2,3');
        setTimeout(() => request.socket.destroy(), 50);
        return;
      case '/ten-gigabytes':
        response.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(10 * 1024 ** 3),
        });
        response.write(Buffer.alloc(1024, 7));
        setTimeout(() => request.socket.destroy(), 50);
        return;
      case '/invalid-utf8':
        response
          .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
          .end(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]));
        return;
      case '/billion-laughs':
        response.writeHead(200, { 'content-type': 'application/xml' }).end(billionLaughs());
        return;
      case '/deep-json':
        response.writeHead(200, { 'content-type': 'application/json' }).end('['.repeat(100_000) + ']'.repeat(100_000));
        return;
      case '/to-file':
        response.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      case '/to-javascript':
        response.writeHead(302, { location: 'javascript:alert(document.cookie)' }).end();
        return;
      case '/to-nowhere':
        response.writeHead(302, { location: 'http://[::1' }).end();
        return;
      case '/to-other-origin':
        response.writeHead(307, { location: `${other.origin}/landing` }).end();
        return;
      case '/gzip-bomb':
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(bomb);
        return;
      case '/brotli-bomb':
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' }).end(brotliBomb);
        return;
      case '/html-to-json-api':
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<!doctype html><html><body><h1>Maintenance</h1><script>alert(1)</script></body></html>');
        return;
      default:
        response.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
    }
  });
  secure = await startHttpsServer(certificate, (_request, response) => {
    response.writeHead(302, { location: `${server.origin}/plain-landing` }).end();
  });
  raw = await startTcpServer((socket: net.Socket) => {
    socket.once('data', () => socket.end(manyHeaders(10_000)));
  });
});

afterAll(async () => {
  await engine.close();
  await Promise.all([server, raw, other, secure].map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

function bodiesOnDisk(): number {
  const folder = path.join(dir, 'bodies');
  return readdirSync(folder).reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
}

describe('a hostile server gets a classified error or a safe result', () => {
  it('a 1 byte per 250 ms drip is cut by the idle timeout, keeping what arrived', async () => {
    const exchange = await send(`${server.origin}/drip`, {
      transport: { idleTimeoutMs: 1_000, totalTimeoutMs: 20_000 },
    });
    expect(exchange.error?.kind).toBe('timeout-idle');
    expect(exchange.response?.status).toBe(200);
    expect(exchange.response?.body.truncated).toBe(true);
  });

  it('a server that never answers is cut by the idle timeout before the total one', async () => {
    const exchange = await send(`${server.origin}/silent`, {
      transport: { idleTimeoutMs: 500, totalTimeoutMs: 20_000 },
    });
    expect(exchange.error?.kind).toBe('timeout-idle');
    expect(exchange.error?.message).toContain('500 ms');
  });

  it('a reset in the middle of the body is a truncated answer', async () => {
    const exchange = await send(`${server.origin}/reset-mid-body`);
    expect(exchange.error?.kind).toBe('truncated');
    expect(exchange.response?.body.preview).toBe('{"items":[1,2,3');
  });

  it('a 10 GB Content-Length that never comes writes only what arrived', async () => {
    const exchange = await send(`${server.origin}/ten-gigabytes`);
    expect(exchange.error?.kind).toBe('truncated');
    expect(exchange.response?.body.size).toBe(1024);
  });

  it('invalid UTF-8 is shown with replacement characters, not a crash', async () => {
    const exchange = await send(`${server.origin}/invalid-utf8`);
    expect(exchange.error).toBeNull();
    expect(exchange.response?.body.preview).toContain('\uFFFD');
  });

  it('billion laughs: the wbTeamPro XML reader does not expand entities a billion times', async () => {
    const exchange = await send(`${server.origin}/billion-laughs`);
    const bodyText = await exchange.bodyText();
    const started = process.memoryUsage().heapUsed;
    const interpretation = wbteamproProvider.interpret({
      status: 200,
      headers: exchange.response?.headers ?? [],
      contentType: 'application/xml',
      bodyText,
      draft: { endpointId: null, params: {} },
    });
    expect(interpretation.summary.length).toBeLessThan(10_000);
    expect(process.memoryUsage().heapUsed - started).toBeLessThan(256 * 1024 * 1024);
  });

  it('100,000-deep JSON is kept and interpreted without a stack overflow', async () => {
    const exchange = await send(`${server.origin}/deep-json`);
    expect(exchange.error).toBeNull();
    expect(exchange.response?.body.size).toBe(200_000);
    const interpretation = whmcsClientApiProvider.interpret({
      status: 200,
      headers: exchange.response?.headers ?? [],
      contentType: 'application/json',
      bodyText: await exchange.bodyText(),
      draft: { endpointId: null, params: {} },
    });
    expect(interpretation.outcome).not.toBe('ok');
  });

  it.each([
    ['/to-file', 'file:'],
    ['/to-javascript', 'javascript:'],
  ])('a redirect from %s to a %s URL is refused by name', async (route, scheme) => {
    const exchange = await send(`${server.origin}${route}`);
    expect(exchange.error?.kind).toBe('redirect-refused');
    expect(exchange.error?.message).toContain(scheme);
  });

  it('a redirect to a Location that is not a URL is refused by name', async () => {
    const exchange = await send(`${server.origin}/to-nowhere`);
    expect(exchange.error?.kind).toBe('redirect-refused');
  });

  it('a redirect to another origin arrives without the Authorization and Cookie headers', async () => {
    const exchange = await send(
      `${server.origin}/to-other-origin`,
      {},
      {
        headers: [
          ['Authorization', 'Bearer canary-token-hostile'],
          ['Cookie', 'session=canary-cookie'],
        ],
      },
    );
    expect(exchange.response?.status).toBe(200);
    const seen = seenByOther.at(-1) ?? {};
    expect(seen.authorization).toBeUndefined();
    expect(seen.cookie).toBeUndefined();
  });

  it('an https → http downgrade never carries the Authorization header', async () => {
    await send(`${secure.origin}/`, { tlsVerify: false }, { headers: [['Authorization', 'Basic Y2FuYXJ5Og==']] });
    for (const seen of seenByPlain) expect(seen.authorization).toBeUndefined();
  });

  it('an https → http downgrade is not followed unless the user allows it', async () => {
    const before = seenByPlain.length;
    const exchange = await send(`${secure.origin}/`, { tlsVerify: false });
    expect(exchange.response?.status).toBe(302);
    expect(exchange.stoppedRedirect?.reason).toBe('downgrade');
    expect(seenByPlain.length).toBe(before);
  });

  it('10,000 response headers are a classified "headers too large" error', async () => {
    const exchange = await send(`http://127.0.0.1:${raw.port}/`);
    expect(exchange.error?.kind).toBe('headers-too-large');
    expect(exchange.error?.message).not.toMatch(/^unknown/i);
  });

  it.each(['/gzip-bomb', '/brotli-bomb'])('%s stops decoding far below its decoded size', async (route) => {
    const before = bodiesOnDisk();
    const exchange = await send(`${server.origin}${route}`);
    expect(exchange.error?.code).toBe('PARLEY_DECOMPRESSION_BOMB');
    expect(exchange.response?.body.size).toBeLessThan(64 * 1024 * 1024);
    expect(bodiesOnDisk() - before).toBeLessThan(MAX_DECODED_BYTES / 8);
  });

  it('HTML where the WHMCS Client API promises JSON is reported as what came instead', async () => {
    const exchange = await send(`${server.origin}/html-to-json-api`);
    expect(exchange.error).toBeNull();
    const interpretation = whmcsClientApiProvider.interpret({
      status: 200,
      headers: exchange.response?.headers ?? [],
      contentType: 'text/html',
      bodyText: await exchange.bodyText(),
      draft: { endpointId: null, params: {} },
    });
    expect(interpretation.outcome).toBe('error');
    expect(interpretation.summary).toMatch(/html/i);
  });

  it('after all of that the engine still answers', async () => {
    const exchange = await send(`${server.origin}/fine`);
    expect(exchange.error).toBeNull();
    expect(await exchange.bodyText()).toBe('fine');
  });
});
