/**
 * Collection runners side by side on one loopback keep-alive server, in the same run, interleaved,
 * median of 3: 1,000 sequential GETs with one header by `parley run`, `newman run -n 1000`, `bru run
 * --iteration-count 1000 --sandbox developer`, a plain undici loop (the floor) and curl one process per
 * request (100 of those); ms per request and whole-process wall time; plus `parley run --concurrency 50`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Agent, request } from 'undici';
import YAML from 'yaml';
import { buildCli } from '../scripts/build-cli.mjs';
import { peerBinary } from './peers';
import type { Bench, BenchRow } from './types';

const run = promisify(execFile);
const REQUESTS = 1000;
const CURL_REQUESTS = 100;
const ROUNDS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function wall(file: string, args: readonly string[], cwd?: string): Promise<number> {
  const start = performance.now();
  await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return performance.now() - start;
}

function writeCollections(dir: string, url: string) {
  const parley = path.join(dir, 'parley');
  mkdirSync(parley);
  writeFileSync(
    path.join(parley, 'ping.yaml'),
    YAML.stringify({
      parley: 1,
      name: 'ping',
      request: {
        sandbox: 'http',
        method: 'GET',
        url,
        query: [],
        headers: [{ name: 'X-Bench', value: '1', enabled: true }],
        body: { kind: 'none' },
        provider: null,
        checks: { assertions: [{ kind: 'status', op: 'is', value: 200 }] },
      },
    }),
  );
  const postman = path.join(dir, 'ping.postman_collection.json');
  writeFileSync(
    postman,
    JSON.stringify({
      info: { name: 'ping', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        {
          name: 'ping',
          request: { method: 'GET', url, header: [{ key: 'X-Bench', value: '1' }] },
          event: [{ listen: 'test', script: { exec: ['pm.test("200", () => pm.response.to.have.status(200));'] } }],
        },
      ],
    }),
  );
  const bruno = path.join(dir, 'bruno');
  mkdirSync(bruno);
  writeFileSync(path.join(bruno, 'bruno.json'), JSON.stringify({ version: '1', name: 'ping', type: 'collection' }));
  writeFileSync(
    path.join(bruno, 'ping.bru'),
    `meta {\n  name: ping\n  type: http\n  seq: 1\n}\n\nget {\n  url: ${url}\n  body: none\n  auth: none\n}\n\nheaders {\n  X-Bench: 1\n}\n\nassert {\n  res.status: eq 200\n}\n`,
  );
  return { parley, postman, bruno };
}

const bench: Bench = {
  name: 'runner',
  async run() {
    await buildCli();
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ping`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-runner-bench-'));
    const files = writeCollections(dir, url);
    const newman = await peerBinary('newman');
    const bru = await peerBinary('@usebruno/cli');
    const parleyArgs = [
      'bin/parley.mjs',
      'run',
      files.parley,
      '--iterations',
      String(REQUESTS),
      '--reporter',
      'json',
      '--out',
      dir,
    ];
    type Contender = { label: string; requests: number; once: () => Promise<number> };
    const contenders: Contender[] = [
      { label: 'parley run', requests: REQUESTS, once: () => wall(process.execPath, parleyArgs) },
      {
        label: 'parley run --concurrency 50',
        requests: REQUESTS,
        once: () => wall(process.execPath, [...parleyArgs, '--concurrency', '50']),
      },
      {
        label: 'parley run, one request (start-up to exit)',
        requests: 1,
        once: () => wall(process.execPath, ['bin/parley.mjs', 'run', files.parley, '--reporter', 'json', '--out', dir]),
      },
      {
        label: 'undici loop (floor, in process)',
        requests: REQUESTS,
        async once() {
          const agent = new Agent({ connections: 1 });
          const start = performance.now();
          for (let i = 0; i < REQUESTS; i += 1) {
            const response = await request(url, { dispatcher: agent, headers: { 'x-bench': '1' } });
            await response.body.text();
          }
          const elapsed = performance.now() - start;
          await agent.close();
          return elapsed;
        },
      },
      {
        label: `curl, one process per request (${CURL_REQUESTS})`,
        requests: CURL_REQUESTS,
        async once() {
          const start = performance.now();
          for (let i = 0; i < CURL_REQUESTS; i += 1) await run('curl', ['-s', '-H', 'X-Bench: 1', url]);
          return performance.now() - start;
        },
      },
    ];
    if ('path' in newman)
      contenders.push({
        label: 'newman run -n 1000',
        requests: REQUESTS,
        once: () =>
          wall(newman.path, [
            'run',
            files.postman,
            '-n',
            String(REQUESTS),
            '--reporters',
            'json',
            '--reporter-json-export',
            path.join(dir, 'newman.json'),
          ]),
      });
    if ('path' in bru)
      contenders.push({
        label: 'bru run --iteration-count 1000',
        requests: REQUESTS,
        once: () =>
          wall(
            bru.path,
            [
              'run',
              '--iteration-count',
              String(REQUESTS),
              '--sandbox',
              'developer',
              '--output',
              path.join(dir, 'bru.json'),
            ],
            files.bruno,
          ),
      });
    const samples = new Map<string, number[]>(contenders.map((contender) => [contender.label, []]));
    try {
      for (let round = 0; round < ROUNDS; round += 1)
        for (const contender of contenders) samples.get(contender.label)!.push(await contender.once());
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const perRequest = new Map(
      contenders.map((contender) => [contender.label, median(samples.get(contender.label)!) / contender.requests]),
    );
    const floor = perRequest.get('undici loop (floor, in process)')!;
    const rows: BenchRow[] = contenders.flatMap((contender) => {
      const whole = median(samples.get(contender.label)!);
      const each = perRequest.get(contender.label)!;
      return [
        {
          label: `${contender.label}: per request`,
          value: each,
          unit: 'ms',
          note: `×${(each / floor).toFixed(2)} the undici floor`,
        },
        { label: `${contender.label}: whole run`, value: whole, unit: 'ms' },
      ];
    });
    const parley = perRequest.get('parley run')!;
    const notes = [
      `Median of ${ROUNDS} interleaved rounds; whole-process times include start-up and writing a report.`,
    ];
    for (const [peer, label] of [
      [newman, 'newman run -n 1000'],
      [bru, 'bru run --iteration-count 1000'],
    ] as const) {
      if ('missing' in peer) notes.push(`${label} not measured: ${peer.missing}`);
      else
        notes.push(`parley run is ${(perRequest.get(label)! / parley).toFixed(1)}× faster per request than ${label}.`);
    }
    notes.push(`parley run per request: ×${(parley / floor).toFixed(2)} the undici floor (goal ≤ ×2).`);
    return { name: 'runner', title: 'Collection runners: 1,000 sequential GETs on loopback', rows, notes };
  },
};

export default bench;
