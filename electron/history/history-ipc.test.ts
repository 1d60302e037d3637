import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMainProcess, type HarnessMain } from '../../e2e/harness/main-process';
import { emptyDraft } from '../../shared/request/draft';
import { startHttpServer, type TestServer } from '../http/testing/servers';

const origin = 'http://parley.test';
let dataDir: string;
let main: HarnessMain;
let server: TestServer;

const call = async (channel: string, input: unknown) =>
  main.router.dispatch(channel, input, { senderUrl: `${origin}/index.html` });
const value = async <T>(channel: string, input: unknown): Promise<T> => {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-history-ipc-'));
  main = startMainProcess(dataDir, origin, () => undefined);
  server = await startHttpServer((request, response) => {
    const size = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('size') ?? 10);
    response.writeHead(200, { 'content-type': 'application/json' }).end(`"${'a'.repeat(size - 2)}"`);
  });
});

afterAll(async () => {
  await main.services.dispose();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('response and history channels over the real router', () => {
  it('a send is recorded; list, get, read slices, delete and clear work', async () => {
    const draft = { ...emptyDraft('http'), url: `${server.origin}/numbers?size=3000000` };
    const outcome = await value<{
      historyId: string;
      response: { id: string; body: { size: number; inFile: boolean } };
    }>('request.send', { requestId: 'r1', draft, title: 'Big numbers' });
    expect(outcome.response.body).toMatchObject({ size: 3_000_000, inFile: true });

    const rows = await value<{ id: string; title: string; status: number }[]>('history.list', { query: 'numbers' });
    expect(rows[0]).toMatchObject({ id: outcome.historyId, status: 200 });
    const entry = await value<{ draft: { url: string } }>('history.get', { id: outcome.historyId });
    expect(entry.draft.url).toBe(draft.url);

    const slice = await value<{ text: string; nextOffset: number; eof: boolean }>('response.body.read', {
      responseId: outcome.response.id,
      offset: 2_999_990,
      length: 100,
    });
    expect(slice).toMatchObject({ text: 'aaaaaaaaa"', nextOffset: 3_000_000, eof: true });
    const tooBig = await call('response.body.read', {
      responseId: outcome.response.id,
      offset: 0,
      length: 5 * 1024 * 1024,
    });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const traversal = await call('response.body.read', { responseId: '../../etc/passwd', offset: 0, length: 10 });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    expect(await value('history.delete', { id: outcome.historyId })).toEqual({ deleted: true });
    expect(await call('history.get', { id: outcome.historyId })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // The body file went with the entry.
    expect(await call('response.body.read', { responseId: outcome.response.id, offset: 0, length: 10 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });

    await value('request.send', {
      requestId: 'r2',
      draft: { ...draft, url: `${server.origin}/small` },
      title: 'Small',
    });
    expect(await value<unknown[]>('history.list', {})).toHaveLength(1);
    expect(await value('history.clear', {})).toEqual({ cleared: true });
    expect(await value<unknown[]>('history.list', {})).toEqual([]);
  });
});
