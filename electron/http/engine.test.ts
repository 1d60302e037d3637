import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import type { HttpRequestSpec } from '../../shared/http/types';
import { createHttpEngine, type HttpEngine } from './engine';
import { readBody, selfSignedCertificate, startHttpServer, startHttpsServer, type TestServer } from './testing/servers';

interface Received {
  method: string;
  url: string;
  rawHeaders: string[];
  body: Buffer;
}

let dir: string;
let engine: HttpEngine;
let echo: TestServer;
let last: Received;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-engine-'));
  engine = createHttpEngine({ bodiesDir: path.join(dir, 'bodies'), settings: () => defaultSettings });
  echo = await startHttpServer(async (request, response) => {
    const body = await readBody(request);
    last = { method: request.method ?? '', url: request.url ?? '', rawHeaders: request.rawHeaders, body };
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end(request.method === 'HEAD' ? undefined : `got ${body.length} bytes`);
  });
});

afterAll(async () => {
  await engine.close();
  await echo.close();
  rmSync(dir, { recursive: true, force: true });
});

const header = (name: string) => {
  const index = last.rawHeaders.findIndex((key, i) => i % 2 === 0 && key.toLowerCase() === name);
  return index === -1 ? undefined : last.rawHeaders[index + 1];
};

async function sendOk(spec: Partial<HttpRequestSpec>) {
  const exchange = await engine.send(
    { method: 'POST', url: `${echo.origin}/echo`, headers: [], body: { kind: 'none' }, ...spec },
    { tlsVerify: true },
  );
  expect(exchange.error).toBeNull();
  expect(exchange.response?.status).toBe(200);
  return exchange;
}

describe('request bodies arrive byte-exact', () => {
  it('JSON, with its content type and length', async () => {
    const text = JSON.stringify({ name: 'Zoë ☕', emoji: '🚀', nested: { list: [1, 2, 3] } });
    await sendOk({ body: { kind: 'json', text } });
    expect(last.body.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(header('content-type')).toBe('application/json');
    expect(header('content-length')).toBe(String(Buffer.byteLength(text)));
  });

  it('raw text with the given content type', async () => {
    const text = 'line one\r\nline two — ünïcode\n';
    await sendOk({ method: 'PUT', body: { kind: 'text', text, contentType: 'text/csv' } });
    expect(last.method).toBe('PUT');
    expect(last.body.toString('utf8')).toBe(text);
    expect(header('content-type')).toBe('text/csv');
  });

  it('urlencoded form fields', async () => {
    await sendOk({
      method: 'PATCH',
      body: {
        kind: 'form',
        fields: [
          { name: 'a', value: '1' },
          { name: 'b c', value: 'x&y=z' },
          { name: 'a', value: 'two' },
        ],
      },
    });
    expect(last.body.toString()).toBe('a=1&b+c=x%26y%3Dz&a=two');
    expect(header('content-type')).toBe('application/x-www-form-urlencoded');
  });

  it('a binary file as the whole body', async () => {
    const file = path.join(dir, 'blob.bin');
    const bytes = randomBytes(1024 * 1024 + 17);
    writeFileSync(file, bytes);
    await sendOk({ body: { kind: 'file', path: file, contentType: 'application/pdf' } });
    expect(last.body.equals(bytes)).toBe(true);
    expect(header('content-type')).toBe('application/pdf');
  });

  it('multipart with text fields and a 20 MB file', async () => {
    const file = path.join(dir, 'big.bin');
    const bytes = randomBytes(20 * 1024 * 1024);
    writeFileSync(file, bytes);
    await sendOk({
      body: {
        kind: 'multipart',
        parts: [
          { name: 'title', value: 'Quarterly "report"' },
          { name: 'upload', filePath: file, fileName: 'report.bin', contentType: 'application/octet-stream' },
          { name: 'note', value: 'ünïcode ✓' },
        ],
      },
    });
    expect(Number(header('content-length'))).toBe(last.body.length);
    const contentType = header('content-type') ?? '';
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Request('http://x/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(last.body),
    }).formData();
    expect(form.get('title')).toBe('Quarterly "report"');
    expect(form.get('note')).toBe('ünïcode ✓');
    const upload = form.get('upload') as File;
    expect(upload.name).toBe('report.bin');
    const received = Buffer.from(await upload.arrayBuffer());
    expect(createHash('sha256').update(received).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('methods, query and headers', () => {
  it('sends headers exactly as given: order, case and duplicates', async () => {
    const exchange = await sendOk({
      method: 'GET',
      headers: [
        ['X-Trace', 'a'],
        ['accept', 'text/plain'],
        ['x-trace', 'b'],
        ['X-TRACE', 'c'],
      ],
    });
    const sent = last.rawHeaders.filter((_, i) => i % 2 === 0);
    const mine = sent.filter((name) => name.toLowerCase() === 'x-trace' || name === 'accept');
    expect(mine).toEqual(['X-Trace', 'accept', 'x-trace', 'X-TRACE']);
    expect(exchange.sentHeaders.slice(1)).toEqual([
      ['X-Trace', 'a'],
      ['accept', 'text/plain'],
      ['x-trace', 'b'],
      ['X-TRACE', 'c'],
    ]);
  });

  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const)(
    '%s with a query string',
    async (method) => {
      const exchange = await sendOk({ method, url: `${echo.origin}/items?page=2&q=caf%C3%A9` });
      expect(last.method).toBe(method);
      expect(last.url).toBe('/items?page=2&q=caf%C3%A9');
      expect(exchange.response?.body.size).toBe(method === 'HEAD' ? 0 : 'got 0 bytes'.length);
    },
  );
});

describe('timings', () => {
  let slow: TestServer;
  let secure: TestServer;
  const slowly = (_request: unknown, response: ServerResponse) => {
    // A pause before the headers and one inside the body make TTFB and download measurable.
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"part":1,');
      setTimeout(() => response.end('"done":true}'), 15);
    }, 15);
  };
  beforeAll(async () => {
    slow = await startHttpServer(slowly);
    secure = await startHttpsServer(selfSignedCertificate(), slowly);
  });
  afterAll(async () => {
    await slow.close();
    await secure.close();
  });

  const expectOrdered = (t: {
    dns: number;
    connect: number;
    tls: number;
    ttfb: number;
    download: number;
    total: number;
  }) => {
    expect(t.dns + t.connect + t.tls + t.ttfb + t.download).toBeLessThanOrEqual(t.total);
  };

  it('are measured per phase over HTTP, and a reused connection skips DNS and connect', async () => {
    const first = await engine.send(
      { method: 'GET', url: `http://localhost:${slow.port}/`, headers: [], body: { kind: 'none' } },
      { tlsVerify: true },
    );
    const t = first.response!.timings;
    expect(t.dns).toBeGreaterThan(0);
    expect(t.connect).toBeGreaterThan(0);
    expect(t.tls).toBe(0);
    expect(t.ttfb).toBeGreaterThan(0);
    expect(t.download).toBeGreaterThan(0);
    expectOrdered(t);
    // undici marks a connection free on the next tick: a request sent in the same tick opens another.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await engine.send(
      { method: 'GET', url: `http://localhost:${slow.port}/`, headers: [], body: { kind: 'none' } },
      { tlsVerify: true },
    );
    expect(second.response!.timings).toMatchObject({ dns: 0, connect: 0, tls: 0 });
    expect(second.response!.timings.ttfb).toBeGreaterThan(0);
  });

  it('reject a self-signed certificate by naming it, and pass with verification off', async () => {
    const url = `https://localhost:${secure.port}/`;
    const refused = await engine.send({ method: 'GET', url, headers: [], body: { kind: 'none' } }, { tlsVerify: true });
    expect(refused.response).toBeNull();
    expect(refused.error).toMatchObject({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(refused.error!.message).toMatch(/self-signed/);
    expect(refused.error!.certificate?.subject).toContain('CN=localhost');
    expect(refused.error!.certificate?.issuer).toContain('O=Parley Test');
    expect(refused.error!.certificate?.validTo).toMatch(/GMT/);
    expect(refused.error!.hint).toMatch(/turn off TLS verification/);

    const allowed = await engine.send(
      { method: 'GET', url, headers: [], body: { kind: 'none' } },
      { tlsVerify: false },
    );
    expect(allowed.error).toBeNull();
    expect(JSON.parse((await allowed.bodyText())!)).toEqual({ part: 1, done: true });
    const t = allowed.response!.timings;
    expect(t.dns).toBeGreaterThan(0);
    expect(t.connect).toBeGreaterThan(0);
    expect(t.tls).toBeGreaterThan(0);
    expect(t.ttfb).toBeGreaterThan(0);
    expect(t.download).toBeGreaterThan(0);
    expectOrdered(t);
  });
});
