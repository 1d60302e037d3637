import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBodyRows } from './body-rows';
import { createBodyStore, type BodyStore } from './body-store';
import { CHECKPOINT_ROWS, indexPretty, prettyRows } from './json-pretty-rows';

let dir: string;
let store: BodyStore;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-pretty-rows-'));
  store = createBodyStore(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pretty rows of a large JSON body', () => {
  it('re-indents minified JSON as JSON.stringify(…, null, 2) does', async () => {
    const value = { a: 1, list: [1, 'two, "three"', { deep: null }], text: 'colon: {brace} [bracket] \\ "quote"' };
    store.keep('small', Buffer.from(JSON.stringify(value)));
    const index = await indexPretty(store.readBytes, 'small');
    const rows = await prettyRows(store.readBytes, 'small', index!, 0, 100);
    expect(rows?.join('\n')).toBe(JSON.stringify(value, null, 2));
  });

  it('serves any page from its checkpoint, rows identical to a pass from the start', async () => {
    const items = Array.from({ length: 3000 }, (_, id) => ({ id, name: `item ${id}`, tags: ['a', 'b'] }));
    writeFileSync(store.pathFor('many'), JSON.stringify(items));
    const expected = JSON.stringify(items, null, 2).split('\n');
    const index = await indexPretty(store.readBytes, 'many');
    expect(index?.totalRows).toBe(expected.length);
    expect(index?.checkpoints.length).toBe(Math.ceil(expected.length / CHECKPOINT_ROWS));
    const from = CHECKPOINT_ROWS * 7 + 13;
    expect(await prettyRows(store.readBytes, 'many', index!, from, 50)).toEqual(expected.slice(from, from + 50));
  });

  it('pages and finds through the rows service, the pretty row of a match', async () => {
    const items = Array.from({ length: 500 }, (_, id) => ({ id, name: `item ${id}` }));
    writeFileSync(store.pathFor('findable'), JSON.stringify(items));
    const expected = JSON.stringify(items, null, 2).split('\n');
    const rows = createBodyRows(store.readBytes);
    const page = await rows.page('findable', 0, 5, 'pretty');
    expect(page?.rows).toEqual(expected.slice(0, 5));
    expect(page?.totalRows).toBe(expected.length);
    const found = await rows.find('findable', '"item 420"', 0, 'pretty');
    expect(expected[found!.row!]).toBe('    "name": "item 420"');
    const again = await rows.find('findable', '"item 4', found!.row! + 1, 'pretty');
    expect(expected[again!.row!]).toBe('    "name": "item 421"');
    const wrapped = await rows.find('findable', '"item 0"', 100, 'pretty');
    expect(wrapped).toEqual({ row: expected.indexOf('    "name": "item 0"'), wrapped: true });
  });

  it('cuts a very long string over several rows and keeps every byte', async () => {
    const long = 'ü'.repeat(5000);
    store.keep('long', Buffer.from(JSON.stringify({ long })));
    const index = await indexPretty(store.readBytes, 'long');
    const rows = await prettyRows(store.readBytes, 'long', index!, 0, 100);
    expect(rows!.length).toBeGreaterThan(3);
    expect(rows!.join('')).toBe(`{  "long": "${long}"}`);
    expect(rows!.some((row) => row.includes('\uFFFD'))).toBe(false);
  });
});
