import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBodyStore, type BodyStore } from './body-store';
import { createBodyRows, indexRows, MAX_ROW_BYTES } from './body-rows';
import { createDialogDouble } from '../dialogs/dialog-double';
import { createJsonPathRunner } from './jsonpath-runner';
import { createResponseHandlers } from './response-handlers';

let dir: string;
let store: BodyStore;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-body-rows-'));
  store = createBodyStore(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (count: number) => Array.from({ length: count }, (_, i) => `{"id":${i}}`).join('\n');

describe('body rows', () => {
  it('pages the lines of a file on disk, across the 4 MB slices it is indexed in', async () => {
    // ~5.6 MB: the index crosses a slice boundary.
    const text = `${lines(500_000)}\n`;
    writeFileSync(store.pathFor('many-lines'), text);
    const rows = createBodyRows(store.readBytes);
    const first = await rows.page('many-lines', 0, 3);
    expect(first).toEqual({
      rows: ['{"id":0}', '{"id":1}', '{"id":2}'],
      from: 0,
      totalRows: 500_000,
      totalBytes: text.length,
    });
    const deep = await rows.page('many-lines', 499_998, 10);
    expect(deep?.rows).toEqual(['{"id":499998}', '{"id":499999}']);
  });

  it('cuts a long line into rows of at most 4 KB, never inside a character', async () => {
    const long = 'é'.repeat(MAX_ROW_BYTES); // 2 bytes each: 8 KB on one line
    store.keep('long-line', Buffer.from(`${long}\nend`));
    const page = await createBodyRows(store.readBytes).page('long-line', 0, 10);
    expect(page?.rows.join('')).toBe(`${long}end`);
    expect(page?.rows.every((row) => Buffer.byteLength(row) <= MAX_ROW_BYTES)).toBe(true);
    expect(page?.rows.at(-1)).toBe('end');
    expect(page?.rows.some((row) => row.includes('\uFFFD'))).toBe(false);
  });

  it('finds text after a row, wrapping to the top, and says when nothing matches', async () => {
    store.keep('find', Buffer.from('alpha\nbeta\ngamma\nbeta again\n'));
    const rows = createBodyRows(store.readBytes);
    expect(await rows.find('find', 'beta', 0)).toEqual({ row: 1, wrapped: false });
    expect(await rows.find('find', 'beta', 2)).toEqual({ row: 3, wrapped: false });
    expect(await rows.find('find', 'beta', 4)).toEqual({ row: 1, wrapped: true });
    expect(await rows.find('find', 'delta', 0)).toEqual({ row: null, wrapped: false });
  });

  it('finds a match that straddles two read slices', async () => {
    const padding = 'x'.repeat(4 * 1024 * 1024 - 3);
    writeFileSync(store.pathFor('straddle'), `${padding}\nneedle here\n`);
    // The needle starts 2 bytes before the first slice ends.
    const found = await createBodyRows(store.readBytes).find('straddle', 'needle', 0);
    expect(found?.row).not.toBeNull();
    const page = await createBodyRows(store.readBytes).page('straddle', found!.row!, 1);
    expect(page?.rows[0]).toBe('needle here');
  });

  it('reports a body that is gone as null, and indexes an empty body as one empty row', async () => {
    expect(await indexRows(store.readBytes, 'never-stored')).toBeNull();
    store.keep('empty', Buffer.alloc(0));
    expect((await createBodyRows(store.readBytes).page('empty', 0, 5))?.rows).toEqual(['']);
  });
});

describe('copy through main', () => {
  it('writes the stored body to the clipboard port, and says so when there is no clipboard', async () => {
    const clipboard = { text: '' };
    writeFileSync(store.pathFor('to-copy'), 'a body to copy ✓');
    const engine = { readBody: store.read, readBodyBytes: store.readBytes, bodyFile: store.file };
    const jsonPath = createJsonPathRunner({ maxHeapMb: 256 });
    const dialogs = createDialogDouble();
    const handlers = createResponseHandlers(engine, {
      clipboard: { writeText: (text) => (clipboard.text = text) },
      dialogs,
      jsonPath,
    });
    const context = { senderUrl: 'parley://app/index.html' };
    expect(await handlers['response.body.copy']({ responseId: 'to-copy' }, context)).toEqual({ bytes: 18 });
    expect(clipboard.text).toBe('a body to copy ✓');
    const without = createResponseHandlers(engine, { dialogs, jsonPath });
    await expect(without['response.body.copy']({ responseId: 'to-copy' }, context)).rejects.toThrow(/clipboard/);
    await expect(handlers['response.body.copy']({ responseId: 'gone' }, context)).rejects.toThrow(/no longer/);
  });
});
