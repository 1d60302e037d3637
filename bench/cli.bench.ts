/**
 * Whole-process time of one request from the command line, start-up included: the bundled `parley send`,
 * the same CLI run from source through tsx (how `npm run parley` ran it before), newman running a
 * one-request collection, and Node's own fetch as the floor. Rounds are interleaved; medians reported.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildCli } from '../scripts/build-cli.mjs';
import { peerBinary } from './peers';
import type { Bench, BenchRow } from './types';

const run = promisify(execFile);
const ROUNDS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function wallMs(file: string, args: readonly string[]): Promise<number> {
  const start = performance.now();
  await run(file, args, { env: { ...process.env, NO_COLOR: '1' } });
  return performance.now() - start;
}

const bench: Bench = {
  name: 'cli',
  async run() {
    await buildCli();
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ping`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-cli-bench-'));
    const collection = path.join(dir, 'one.postman_collection.json');
    writeFileSync(
      collection,
      JSON.stringify({
        info: { name: 'one', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
        item: [{ name: 'ping', request: { method: 'GET', url } }],
      }),
    );
    const newman = await peerBinary('newman');
    const contenders: { label: string; file: string; args: string[]; note?: string }[] = [
      { label: 'parley send (bundled bin)', file: process.execPath, args: ['bin/parley.mjs', 'send', 'GET', url] },
      {
        label: 'parley send from source via tsx (before)',
        file: path.resolve('node_modules/.bin/tsx'),
        args: ['electron/cli/parley.ts', 'send', 'GET', url],
      },
      {
        label: 'node -e fetch (floor)',
        file: process.execPath,
        args: ['-e', `fetch(${JSON.stringify(url)}).then((r) => r.text())`],
      },
    ];
    if ('path' in newman)
      contenders.push({ label: 'newman run (1 request)', file: newman.path, args: ['run', collection] });
    const samples = new Map<string, number[]>(contenders.map((contender) => [contender.label, []]));
    try {
      for (const contender of contenders) await wallMs(contender.file, contender.args);
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const contender of contenders)
          samples.get(contender.label)!.push(await wallMs(contender.file, contender.args));
      }
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const floor = median(samples.get('node -e fetch (floor)')!);
    const rows: BenchRow[] = contenders.map((contender) => {
      const value = median(samples.get(contender.label)!);
      return { label: contender.label, value, unit: 'ms', note: `×${(value / floor).toFixed(2)} the floor` };
    });
    const parley = rows[0]!.value;
    const notes = [
      `Median of ${ROUNDS} interleaved rounds, whole process including start-up, one GET on loopback.`,
      `Bundled parley send: ${parley.toFixed(0)} ms, ${(parley - floor).toFixed(0)} ms over Node's own fetch.`,
    ];
    if ('missing' in newman) notes.push(`newman not measured: ${newman.missing}`);
    return { name: 'cli', title: 'CLI start-up: one request, whole process', rows, notes };
  },
};

export default bench;
