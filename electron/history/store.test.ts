import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntryInput } from '../../shared/history/types';
import type { ResponseMeta } from '../../shared/http/response';
import { emptyDraft } from '../../shared/request/draft';
import { createHistoryStore, type HistoryRetention, type HistoryStoreOptions } from './store';

let root: string;
let dir: string;
let bodiesDir: string;
let now: number;
let retention: HistoryRetention;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'parley-history-'));
  dir = path.join(root, 'history');
  bodiesDir = path.join(root, 'bodies');
  now = Date.parse('2026-01-01T00:00:00Z');
  retention = { maxEntries: 1000, maxBytes: 512 * 1024 * 1024 };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const open = (extra: Partial<HistoryStoreOptions> = {}) =>
  createHistoryStore({ dir, bodiesDir, clock: { now: () => (now += 1000) }, retention: () => retention, ...extra });

function response(id: string, status: number, options: { inFile?: boolean; size?: number } = {}): ResponseMeta {
  return {
    id,
    url: `https://api.example.com/${id}`,
    status,
    statusText: '',
    httpVersion: '1.1',
    headers: [],
    cookies: [],
    timings: { dns: 0, connect: 0, tls: 0, ttfb: 1, download: 1, total: 3 },
    headerBytes: 10,
    body: {
      preview: '{}',
      size: options.size ?? 2,
      wireSize: 2,
      inFile: options.inFile ?? false,
      truncated: false,
      contentType: 'application/json',
      isText: true,
    },
    redirects: [],
    receivedAt: new Date(0).toISOString(),
  };
}

function entry(title: string, status = 200, extra: Partial<HistoryEntryInput> = {}): HistoryEntryInput {
  const draft = { ...emptyDraft('http'), url: `https://api.example.com/${title}` };
  return {
    sandbox: 'http',
    profileId: null,
    title,
    draft,
    sent: { method: 'GET', url: draft.url, headers: [], body: { kind: 'none' } },
    response: response(title, status),
    error: null,
    interpretation: null,
    ...extra,
  };
}

describe('history store', () => {
  it('appends and lists newest first, pages with `before`, and gets an entry whole', async () => {
    const store = open();
    const first = await store.append(entry('orders'));
    await store.append(entry('customers', 404));
    await store.append(entry('invoices'));
    const rows = await store.list({ limit: 10 });
    expect(rows.map((row) => row.title)).toEqual(['invoices', 'customers', 'orders']);
    expect(rows[1]).toMatchObject({ status: 404, method: 'GET', url: 'https://api.example.com/customers' });
    expect((await store.list({ limit: 1, before: rows[0]!.id })).map((row) => row.title)).toEqual(['customers']);
    const got = await store.get(first.id);
    expect(got?.draft.url).toBe('https://api.example.com/orders');
    expect(got?.at).toBe('2026-01-01T00:00:01.000Z');
    expect(await store.get('missing')).toBeNull();
  });

  it('searches title, URL, status and provider message; survives a restart', async () => {
    const store = open();
    await store.append(entry('list-orders'));
    await store.append(
      entry('create-order', 422, {
        interpretation: {
          outcome: 'error',
          summary: 'Missing customer email',
          hints: [],
          tables: [{ name: 'x', rows: [] }],
        },
      }),
    );
    await store.append(
      entry('ping', 200, { response: null, error: { kind: 'refused', message: 'refused', hint: 'start it' } }),
    );
    expect((await store.list({ query: 'order', limit: 10 })).map((r) => r.title)).toEqual([
      'create-order',
      'list-orders',
    ]);
    expect((await store.list({ query: '422', limit: 10 })).map((r) => r.title)).toEqual(['create-order']);
    expect((await store.list({ query: 'customer EMAIL', limit: 10 })).map((r) => r.title)).toEqual(['create-order']);
    expect((await store.list({ query: 'refused', limit: 10 }))[0]).toMatchObject({
      title: 'ping',
      status: null,
      errorKind: 'refused',
    });

    const reopened = open();
    expect((await reopened.list({ limit: 10 })).map((r) => r.title)).toEqual(['ping', 'create-order', 'list-orders']);
    const stored = await reopened.get((await reopened.list({ query: '422', limit: 1 }))[0]!.id);
    // Only the verdict of the interpretation is kept, not its tables.
    expect(stored?.interpretation).toEqual({ outcome: 'error', summary: 'Missing customer email' });
  });

  it('deletes and clears, and both survive a restart', async () => {
    const store = open();
    const a = await store.append(entry('a'));
    await store.append(entry('b'));
    expect(await store.remove(a.id)).toBe(true);
    expect(await store.remove(a.id)).toBe(false);
    expect((await open().list({ limit: 10 })).map((r) => r.title)).toEqual(['b']);
    await store.clear();
    expect(await store.list({ limit: 10 })).toEqual([]);
    await store.append(entry('c'));
    expect((await open().list({ limit: 10 })).map((r) => r.title)).toEqual(['c']);
  });

  it('keeps at most maxEntries, removing the oldest with their body files', async () => {
    retention = { maxEntries: 3, maxBytes: 512 * 1024 * 1024 };
    const store = open({ segmentBytes: 4096 });
    mkdirSync(bodiesDir, { recursive: true });
    for (let i = 0; i < 20; i += 1) {
      const id = `r${i}`;
      writeFileSync(path.join(bodiesDir, `${id}.body`), 'x'.repeat(2000));
      await store.append(entry(`e${i}`, 200, { response: response(id, 200, { inFile: true, size: 2000 }) }));
    }
    expect((await store.list({ limit: 10 })).map((r) => r.title)).toEqual(['e19', 'e18', 'e17']);
    expect(readdirSync(bodiesDir).sort()).toEqual(['r17.body', 'r18.body', 'r19.body']);
    // Old segments went with their entries: the folder does not grow with every request.
    expect(readdirSync(dir).length).toBeLessThanOrEqual(4);
    expect((await open({ segmentBytes: 4096 }).list({ limit: 10 })).map((r) => r.title)).toEqual(['e19', 'e18', 'e17']);
  });

  it('keeps the total size (entries plus body files) under maxBytes', async () => {
    retention = { maxEntries: 1000, maxBytes: 100_000 };
    const store = open();
    for (let i = 0; i < 10; i += 1)
      await store.append(entry(`big${i}`, 200, { response: response(`b${i}`, 200, { inFile: true, size: 30_000 }) }));
    const usage = await store.usage();
    expect(usage.bytes).toBeLessThanOrEqual(100_000);
    expect(usage.entries).toBe(3);
    expect((await store.list({ limit: 10 }))[0]?.title).toBe('big9');
  });

  it('never rewrites the log per request: earlier bytes stay as they were', async () => {
    const store = open();
    await store.append(entry('one'));
    const [segment] = readdirSync(dir);
    const before = readFileSync(path.join(dir, segment!));
    await store.append(entry('two'));
    await store.remove((await store.list({ limit: 1 }))[0]!.id);
    const after = readFileSync(path.join(dir, segment!));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('skips a torn last line after a crash and keeps appending safely', async () => {
    const store = open();
    await store.append(entry('kept'));
    await store.append(entry('also-kept'));
    const [segment] = readdirSync(dir);
    // A crash in the middle of writing the third entry: half a line, no newline.
    appendFileSync(path.join(dir, segment!), '{"t":"add","e":{"id":"torn","title":"half');
    const reopened = open();
    expect((await reopened.list({ limit: 10 })).map((r) => r.title)).toEqual(['also-kept', 'kept']);
    await reopened.append(entry('after-crash'));
    const again = open();
    expect((await again.list({ limit: 10 })).map((r) => r.title)).toEqual(['after-crash', 'also-kept', 'kept']);
    expect(existsSync(path.join(dir, segment!))).toBe(true);
  });
});
