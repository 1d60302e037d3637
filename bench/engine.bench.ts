/**
 * The engine against plain undici and curl: 1,000 sequential GETs on a loopback keep-alive server
 * (curl: one process per request), and how soon a 10 MB / 100 MB JSON body has its first slice ready.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Agent, request } from 'undici';
import { createHttpEngine } from '../electron/http/engine';
import { defaultSettings } from '../shared/settings';
import type { Bench, BenchRow } from './types';

const run = promisify(execFile);
const REQUESTS = 1000;
const WARMUP = 100;

async function meanMs(count: number, once: () => Promise<void>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i += 1) await once();
  return (performance.now() - start) / count;
}

async function hasCurl(): Promise<boolean> {
  try {
    await run('curl', ['--version']);
    return true;
  } catch {
    return false;
  }
}

function jsonOfSize(bytes: number): Buffer {
  const item = JSON.stringify({
    id: 123456,
    name: 'Parley benchmark item',
    tags: ['a', 'b', 'c'],
    note: 'x'.repeat(60),
  });
  const count = Math.floor(bytes / (item.length + 1));
  return Buffer.from(`[${Array.from({ length: count }, () => item).join(',')}]`);
}

const bench: Bench = {
  name: 'engine',
  async run() {
    const bodies = new Map<string, Buffer>([
      ['/10mb.json', jsonOfSize(10 * 1024 * 1024)],
      ['/100mb.json', jsonOfSize(100 * 1024 * 1024)],
    ]);
    const server = http.createServer((req, res) => {
      const big = bodies.get(req.url ?? '');
      if (big) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(big.length) });
        res.end(big);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
      res.end('ok');
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
    const engine = createHttpEngine({ bodiesDir: dir, settings: () => defaultSettings });
    const agent = new Agent({ keepAliveTimeout: 60_000 });
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    try {
      const spec = {
        method: 'GET' as const,
        url: `${origin}/ping`,
        headers: [['X-Bench', '1']] as [string, string][],
        body: { kind: 'none' as const },
      };
      const viaEngine = async () => {
        const exchange = await engine.send(spec, { tlsVerify: true });
        if (exchange.response?.status !== 200)
          throw new Error(`engine: ${exchange.error?.message ?? exchange.response?.status}`);
      };
      const viaUndici = async () => {
        const response = await request(`${origin}/ping`, { dispatcher: agent, headers: { 'X-Bench': '1' } });
        await response.body.text();
      };
      // Alternate warm-ups so neither side profits from a warmer JIT or pool.
      await meanMs(WARMUP, viaEngine);
      await meanMs(WARMUP, viaUndici);
      // Interleaved blocks of 100: a busy machine slows both sides alike instead of skewing one.
      let undiciMs = 0;
      let engineMs = 0;
      for (let block = 0; block < REQUESTS / 100; block += 1) {
        undiciMs += (await meanMs(100, viaUndici)) / (REQUESTS / 100);
        engineMs += (await meanMs(100, viaEngine)) / (REQUESTS / 100);
      }
      rows.push({
        label: `Plain undici, ${REQUESTS} sequential GETs`,
        value: undiciMs,
        unit: 'ms/request',
        note: 'keep-alive Agent, body read as text',
      });
      rows.push({
        label: `Parley engine, ${REQUESTS} sequential GETs`,
        value: engineMs,
        unit: 'ms/request',
        note: 'timings, raw headers, body sink, cookies',
      });
      const overhead = engineMs - undiciMs;
      rows.push({ label: 'Engine overhead over undici', value: overhead, unit: 'ms/request' });
      notes.push(
        overhead <= 0.5
          ? `Target met: engine overhead ${overhead.toFixed(3)} ms ≤ 0.5 ms per request.`
          : `Target missed: engine overhead ${overhead.toFixed(3)} ms > 0.5 ms per request.`,
      );

      if (await hasCurl()) {
        const curlMs = await meanMs(REQUESTS, async () => {
          await run('curl', ['-s', '-o', '/dev/null', '-H', 'X-Bench: 1', `${origin}/ping`]);
        });
        rows.push({ label: `curl, one process per request, ${REQUESTS} GETs`, value: curlMs, unit: 'ms/request' });
      } else {
        notes.push('curl is not installed: its row is missing.');
      }

      for (const [pathname, label] of [
        ['/10mb.json', '10 MB'],
        ['/100mb.json', '100 MB'],
      ] as const) {
        const start = performance.now();
        const exchange = await engine.send({ ...spec, url: `${origin}${pathname}`, headers: [] }, { tlsVerify: true });
        const metaMs = performance.now() - start;
        const slice = await engine.readBody(exchange.response!.id, 0, 4 * 1024 * 1024);
        const sliceMs = performance.now() - start;
        if (!slice || !exchange.response?.body.inFile) throw new Error(`${label}: expected a body on disk`);
        rows.push({
          label: `${label} JSON: send → metadata + preview`,
          value: metaMs,
          unit: 'ms',
          note: 'whole body streamed to disk; the preview is the first visible lines',
        });
        rows.push({ label: `${label} JSON: send → first 4 MB slice read`, value: sliceMs, unit: 'ms' });
      }
      notes.push(
        'Time to first visible line in the window adds IPC and one render of the preview; e2e/response-inspector.spec.ts checks a 30 MB body shows its first lines while the window answers clicks.',
      );
    } finally {
      await engine.close();
      await agent.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
    return { name: 'engine', title: 'Request engine (loopback)', rows, notes };
  },
};

export default bench;
