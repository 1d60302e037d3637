/**
 * The app's runner behind "Run folder…": a folder runs in main through the real pipeline, progress arrives
 * as events, Cancel stops it, a result opens whole, and a saved report holds none of the app's secrets.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { EventPayload } from '../../shared/ipc/contract';
import { startHttpServer, type TestServer } from '../http/testing/servers';
import { bootMain, type BootedMain } from '../vault/vault-test-kit';

const CANARY = 'CANARY-runner-secret-5e21';
let server: TestServer;
let data: string;
let main: BootedMain;
let hits = 0;

beforeAll(async () => {
  server = await startHttpServer((request, response) => {
    hits += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ token: request.headers['x-token'] ?? null }));
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  data = mkdtempSync(path.join(os.tmpdir(), 'parley-app-runner-'));
  main = bootMain(data, randomBytes(32));
  hits = 0;
  const folder = path.join(data, 'collections', 'api');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'echo.yaml'),
    YAML.stringify({
      parley: 1,
      name: 'Echo',
      request: {
        sandbox: 'http',
        method: 'GET',
        url: `${server.origin}/echo`,
        query: [],
        headers: [{ name: 'X-Token', value: '{{token}}', enabled: true }],
        body: { kind: 'none' },
        provider: null,
        checks: { captures: [], assertions: [{ kind: 'status', op: 'is', value: 200 }] },
      },
    }),
  );
  await main.ok('variables.saveEnvironment', {
    name: 'dev',
    colour: 'green',
    variables: [{ name: 'token', value: CANARY, secret: true, allowedOrigins: [server.origin] }],
  });
  await main.ok('variables.setActive', { name: 'dev' });
});
afterEach(async () => {
  await main.services.dispose();
  rmSync(data, { recursive: true, force: true });
});

const events = <E extends 'runner.progress' | 'runner.finished'>(name: E) =>
  main.notices.filter((notice) => notice.name === name).map((notice) => notice.payload as EventPayload<E>);
const finished = async (runId: string) => {
  await expect
    .poll(() => events('runner.finished').some((event) => event.runId === runId), { timeout: 20_000 })
    .toBe(true);
  return events('runner.finished').find((event) => event.runId === runId)!;
};

describe('the app runner', () => {
  it('runs a folder with progress events, opens a result, and saves a report without the secret', async () => {
    const { runId, total } = await main.ok('runner.start', {
      folder: 'api',
      iterations: 3,
      dataFile: null,
      delayMs: 0,
      concurrency: 1,
    });
    expect(total).toBe(3);
    const done = await finished(runId);
    expect(done.cancelled).toBe(false);
    const progress = events('runner.progress').filter((event) => event.runId === runId);
    expect(progress.map((event) => [event.index, event.entry.iteration, event.entry.status])).toEqual([
      [0, 1, 200],
      [1, 2, 200],
      [2, 3, 200],
    ]);
    const result = await main.ok('runner.result', { runId, index: 1 });
    expect(result.outcome.response?.status).toBe(200);
    expect(result.draft.headers[0]?.value).toBe('{{token}}');

    const file = path.join(data, 'report.html');
    main.dialogs.script.saveFile = () => file;
    expect(await main.ok('runner.saveReport', { runId, kind: 'json' })).toEqual({ saved: true });
    const report = readFileSync(file, 'utf8');
    expect(report).toContain('"request": "Echo"');
    expect(report).not.toContain(CANARY);
    expect(JSON.stringify(main.notices)).not.toContain(CANARY);
    expect(JSON.stringify(main.outputs)).not.toContain(CANARY);
  });

  it('Cancel stops a run: the rest is skipped and nothing more reaches the server', async () => {
    const { runId, total } = await main.ok('runner.start', {
      folder: 'api',
      iterations: 200,
      dataFile: null,
      delayMs: 20,
      concurrency: 1,
    });
    await expect.poll(() => events('runner.progress').length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await main.ok('runner.cancel', { runId })).toEqual({ cancelled: true });
    const done = await finished(runId);
    expect(done.cancelled).toBe(true);
    const sentAtEnd = hits;
    expect(sentAtEnd).toBeLessThan(total);
    const progress = events('runner.progress').filter((event) => event.runId === runId);
    expect(progress).toHaveLength(total);
    // Answered requests all reached the server; one in flight at the cancel may have been aborted on its way.
    expect(progress.filter((event) => event.entry.status !== null).length).toBeLessThanOrEqual(sentAtEnd);
    expect(progress.filter((event) => !event.entry.skipped).length).toBeGreaterThanOrEqual(sentAtEnd);
    expect(progress.at(-1)?.entry.skipped).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(hits).toBe(sentAtEnd);
  });

  it('says what is wrong: an unknown folder, an unknown run', async () => {
    const missing = await main.call('runner.start', {
      folder: 'nowhere',
      iterations: 1,
      dataFile: null,
      delayMs: 0,
      concurrency: 1,
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain('has no folder nowhere');
    const unknown = await main.call('runner.result', { runId: 'gone', index: 0 });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toBe('That run is no longer kept: run the folder again.');
  });
});
