import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings';
import { createHttpEngine, type HttpEngine } from './engine';
import { startHttpServer, type TestServer } from './testing/servers';

const MB = 1024 * 1024;
let dir: string;
let engine: HttpEngine;
let settings: Settings;
let server: TestServer;

/** Deterministic bytes: chunk i is filled with (i % 251), so the receiver's hash can be recomputed. */
function expectedHash(size: number, chunk: number): string {
  const hash = createHash('sha256');
  for (let offset = 0, i = 0; offset < size; offset += chunk, i += 1)
    hash.update(Buffer.alloc(Math.min(chunk, size - offset), i % 251));
  return hash.digest('hex');
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-engine-large-'));
  settings = { ...defaultSettings };
  engine = createHttpEngine({ bodiesDir: path.join(dir, 'bodies'), settings: () => settings });
  server = await startHttpServer((request, response) => {
    const size = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('size'));
    const chunk = 64 * 1024;
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
    let offset = 0;
    let index = 0;
    const pump = () => {
      while (offset < size) {
        const part = Buffer.alloc(Math.min(chunk, size - offset), index % 251);
        offset += part.length;
        index += 1;
        if (!response.write(part)) {
          response.once('drain', pump);
          return;
        }
      }
      response.end();
    };
    pump();
  });
});

afterAll(async () => {
  await engine.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('large bodies', () => {
  it('a 200 MB response streams to a file with heap growth under 50 MB', async () => {
    const size = 200 * MB;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let progressCalls = 0;
    const exchange = await engine.send(
      { method: 'GET', url: `${server.origin}/big?size=${size}`, headers: [], body: { kind: 'none' } },
      {
        tlsVerify: true,
        onProgress: (received, total) => {
          progressCalls += 1;
          expect(total).toBe(size);
          if (progressCalls % 64 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        },
      },
    );
    gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    expect(exchange.error).toBeNull();
    expect(exchange.response?.body).toMatchObject({ size, wireSize: size, inFile: true, truncated: false });
    expect(peak - baseline).toBeLessThan(50 * MB);
    expect(await exchange.bodyText()).toBeNull();

    const file = await engine.bodyFile(exchange.response!.id);
    expect(file).not.toBeNull();
    expect(statSync(file!).size).toBe(size);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file!)) hash.update(chunk as Buffer);
    expect(hash.digest('hex')).toBe(expectedHash(size, 64 * 1024));

    const slice = await engine.readBody(exchange.response!.id, 64 * 1024 * 3, 1000);
    expect(slice).toMatchObject({
      offset: 64 * 1024 * 3,
      nextOffset: 64 * 1024 * 3 + 1000,
      totalBytes: size,
      eof: false,
    });
    expect(slice!.text).toBe(String.fromCharCode(3).repeat(1000));
    const tail = await engine.readBody(exchange.response!.id, size - 10, 4 * MB);
    expect(tail).toMatchObject({ nextOffset: size, eof: true });
  }, 120_000);

  it('bodies under the threshold stay in memory and are readable in slices', async () => {
    const exchange = await engine.send(
      { method: 'GET', url: `${server.origin}/small?size=5000`, headers: [], body: { kind: 'none' } },
      { tlsVerify: true },
    );
    expect(exchange.response?.body).toMatchObject({ size: 5000, inFile: false });
    expect(await engine.bodyFile(exchange.response!.id)).toBeNull();
    const slice = await engine.readBody(exchange.response!.id, 4000, 5000);
    expect(slice).toMatchObject({ offset: 4000, nextOffset: 5000, totalBytes: 5000, eof: true });
    expect(await engine.readBody('no-such-response', 0, 10)).toBeNull();
  });
});

describe('proxy', () => {
  it('sends through the proxy from settings, with a CONNECT tunnel', async () => {
    const tunnels: string[] = [];
    const proxy = http.createServer();
    proxy.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      tunnels.push(request.url ?? '');
      const [host, port] = (request.url ?? '').split(':');
      const upstream = net.connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
    const proxyPort = (proxy.address() as net.AddressInfo).port;
    settings = { ...defaultSettings, proxyUrl: `http://127.0.0.1:${proxyPort}` };
    try {
      const exchange = await engine.send(
        { method: 'GET', url: `${server.origin}/via-proxy?size=10`, headers: [], body: { kind: 'none' } },
        { tlsVerify: true },
      );
      expect(exchange.error).toBeNull();
      expect(exchange.response?.body.size).toBe(10);
      expect(tunnels).toEqual([`127.0.0.1:${server.port}`]);
    } finally {
      settings = { ...defaultSettings };
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
