import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings';
import type { HttpRequestSpec } from '../../shared/http/types';
import { createHttpEngine, type HttpEngine, type SendOptions } from './engine';
import { startHttpServer, startTcpServer, type TestServer } from './testing/servers';

let dir: string;
let engine: HttpEngine;
let settings: Settings;
let server: TestServer;

const get = (url: string, options: Partial<SendOptions> = {}, spec: Partial<HttpRequestSpec> = {}) =>
  engine.send({ method: 'GET', url, headers: [], body: { kind: 'none' }, ...spec }, { tlsVerify: true, ...options });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-engine-errors-'));
  settings = { ...defaultSettings };
  engine = createHttpEngine({ bodiesDir: path.join(dir, 'bodies'), settings: () => settings });
  server = await startHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/ok':
        response.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
        return;
      case '/loop':
        response.writeHead(302, { location: `/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` }).end();
        return;
      case '/chain': {
        const n = Number(url.searchParams.get('n') ?? 0);
        response
          .writeHead(n < 3 ? 307 : 200, n < 3 ? { location: `/chain?n=${n + 1}` } : { 'content-type': 'text/plain' })
          .end(n < 3 ? '' : 'arrived');
        return;
      }
      case '/stall': {
        // Headers and a first chunk, then nothing: the body never completes.
        response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '1000000' });
        response.write(Buffer.alloc(64 * 1024, 1));
        return;
      }
      case '/slow-headers':
        setTimeout(() => response.writeHead(200).end('late'), 5_000).unref();
        return;
      case '/bad-gzip':
        response
          .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
          .end(Buffer.from('this is not gzip at all'));
        return;
      case '/gzip':
        response
          .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
          .end(gzipSync('{"zipped":true}'));
        return;
      case '/large':
        response.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(10_000));
        return;
      case '/reset':
        request.socket.destroy();
        return;
      default:
        response.writeHead(404).end();
    }
  });
});

afterAll(async () => {
  await engine.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function expectNextRequestWorks() {
  const next = await get(`${server.origin}/ok`);
  expect(next.error).toBeNull();
  expect(await next.bodyText()).toBe('fine');
}

describe('each failure is classified and the next request works', () => {
  it('cancel mid-download keeps what arrived', async () => {
    const controller = new AbortController();
    const exchange = await get(`${server.origin}/stall`, {
      signal: controller.signal,
      onProgress: (received) => {
        if (received > 0) controller.abort();
      },
    });
    expect(exchange.error?.kind).toBe('cancelled');
    expect(exchange.response?.status).toBe(200);
    expect(exchange.response?.body.truncated).toBe(true);
    await expectNextRequestWorks();
  });

  it('cancel before the answer', async () => {
    const controller = new AbortController();
    const pending = get(`${server.origin}/slow-headers`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const exchange = await pending;
    expect(exchange.error?.kind).toBe('cancelled');
    expect(exchange.response).toBeNull();
    await expectNextRequestWorks();
  });

  it('connect timeout: a server that accepts TCP but never answers the TLS handshake', async () => {
    const silent = await startTcpServer(() => undefined);
    try {
      const exchange = await get(`https://127.0.0.1:${silent.port}/`, { transport: { connectTimeoutMs: 300 } });
      expect(exchange.error?.kind).toBe('timeout-connect');
      expect(exchange.error?.message).toContain('300 ms');
    } finally {
      await silent.close();
    }
    await expectNextRequestWorks();
  });

  it('total timeout while the body trickles', async () => {
    const exchange = await get(`${server.origin}/stall`, { transport: { totalTimeoutMs: 300 } });
    expect(exchange.error?.kind).toBe('timeout-total');
    expect(exchange.response?.body.size).toBe(64 * 1024);
    await expectNextRequestWorks();
  });

  it('total timeout while waiting for headers', async () => {
    const exchange = await get(`${server.origin}/slow-headers`, { transport: { totalTimeoutMs: 200 } });
    expect(exchange.error?.kind).toBe('timeout-total');
    expect(exchange.response).toBeNull();
    await expectNextRequestWorks();
  });

  it('refused port', async () => {
    const gone = await startTcpServer(() => undefined);
    await gone.close();
    const exchange = await get(`http://127.0.0.1:${gone.port}/`);
    expect(exchange.error).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
    expect(exchange.error?.hint).toMatch(/server running/);
    await expectNextRequestWorks();
  });

  it('records every redirect hop it follows', async () => {
    const exchange = await get(`${server.origin}/chain`, {}, { method: 'POST', body: { kind: 'json', text: '{}' } });
    expect(exchange.response?.url).toBe(`${server.origin}/chain?n=3`);
    expect(exchange.response?.redirects.map((hop) => [hop.status, hop.location])).toEqual([
      [307, '/chain?n=1'],
      [307, '/chain?n=2'],
      [307, '/chain?n=3'],
    ]);
    expect(await exchange.bodyText()).toBe('arrived');
  });

  it('a 10-hop redirect loop, and a single hop when not following', async () => {
    const exchange = await get(`${server.origin}/loop`);
    expect(exchange.error?.kind).toBe('too-many-redirects');
    expect(exchange.error?.message).toContain('10 redirects');
    const single = await get(`${server.origin}/loop`, { transport: { followRedirects: false } });
    expect(single.response?.status).toBe(302);
    const three = await get(`${server.origin}/loop`, { transport: { maxRedirects: 3 } });
    expect(three.error?.kind).toBe('too-many-redirects');
    await expectNextRequestWorks();
  });

  it('a truncated chunked body', async () => {
    const raw = await startTcpServer((socket) => {
      socket.once('data', () => {
        socket.write(
          'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n10\r\npartial',
        );
        setTimeout(() => socket.destroy(), 20);
      });
    });
    try {
      const exchange = await get(`${raw.origin.replace('tcp:', 'http:')}/`);
      expect(exchange.error?.kind).toBe('truncated');
      expect(exchange.response?.body.truncated).toBe(true);
    } finally {
      await raw.close();
    }
    await expectNextRequestWorks();
  });

  it('invalid gzip, while valid gzip decodes', async () => {
    const bad = await get(`${server.origin}/bad-gzip`);
    expect(bad.error?.kind).toBe('decode');
    const good = await get(`${server.origin}/gzip`);
    expect(good.error).toBeNull();
    expect(await good.bodyText()).toBe('{"zipped":true}');
    expect(good.response?.body.wireSize).toBeGreaterThan(0);
    expect(good.response?.body.size).toBe('{"zipped":true}'.length);
    await expectNextRequestWorks();
  });

  it('a connection reset before any answer', async () => {
    const exchange = await get(`${server.origin}/reset`);
    expect(exchange.error?.kind).toBe('reset');
    await expectNextRequestWorks();
  });

  it('the body cap keeps what arrived', async () => {
    settings = { ...defaultSettings, bodyCapBytes: 2048 };
    try {
      const exchange = await get(`${server.origin}/large`);
      expect(exchange.error?.kind).toBe('body-cap');
      expect(exchange.response?.body).toMatchObject({ size: 2048, truncated: true });
      expect(exchange.response?.body.preview).toBe('x'.repeat(2048));
    } finally {
      settings = { ...defaultSettings };
    }
    await expectNextRequestWorks();
  });

  it('an invalid URL and an unknown host', async () => {
    expect((await get('not a url')).error?.kind).toBe('invalid-url');
    expect((await get('ftp://example.com/file')).error?.kind).toBe('invalid-url');
    expect((await get('http://no-such-host.invalid/')).error?.kind).toBe('dns');
    await expectNextRequestWorks();
  });

  it('a missing file for the body', async () => {
    const exchange = await engine.send(
      {
        method: 'POST',
        url: `${server.origin}/ok`,
        headers: [],
        body: { kind: 'file', path: path.join(dir, 'missing.bin') },
      },
      { tlsVerify: true },
    );
    expect(exchange.error?.kind).toBe('file');
    await expectNextRequestWorks();
  });
});
