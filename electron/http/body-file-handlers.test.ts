import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSONPATH_MATCHES } from '../../shared/ipc/channels/response';
import { createDialogDouble } from '../dialogs/dialog-double';
import { createBodyStore, type BodyStore } from './body-store';
import { createJsonPathRunner, type JsonPathRunner } from './jsonpath-runner';
import { createResponseHandlers } from './response-handlers';

const context = { senderUrl: 'parley://app/index.html' };
const ITEMS = 120_000;
let dir: string;
let store: BodyStore;
let jsonPath: JsonPathRunner;
const dialogs = createDialogDouble();
let handlers: ReturnType<typeof createResponseHandlers>;
let bigBody: Buffer;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-body-file-'));
  store = createBodyStore(dir);
  // A JSON body over the window's 8 MB limit, on disk as the engine stores it.
  const items = Array.from({ length: ITEMS }, (_, id) => ({ id, name: `item ${id}`, note: 'n'.repeat(40) }));
  bigBody = Buffer.from(JSON.stringify({ total: ITEMS, items }), 'utf8');
  expect(bigBody.length).toBeGreaterThan(8 * 1024 * 1024);
  writeFileSync(store.pathFor('big-json'), bigBody);
  writeFileSync(store.pathFor('not-json'), 'this is { not json');
  store.keep('small-json', Buffer.from('{"items":[{"id":"a"},{"id":"b"}]}'));
  jsonPath = createJsonPathRunner({ maxHeapMb: 512 });
  handlers = createResponseHandlers(
    { readBody: store.read, readBodyBytes: store.readBytes, bodyFile: store.file },
    { dialogs, jsonPath, maxJsonPathBytes: 16 * 1024 * 1024 },
  );
});

afterAll(async () => {
  await jsonPath.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const rowsOf = async (responseId: string) =>
  (await handlers['response.body.rows']({ responseId, from: 0, count: 1000, view: 'raw' }, context)).rows;

describe('JSONPath over a stored body, in a worker thread of main', () => {
  it('answers $.items[0].id over a body larger than the window may hold, as rows the viewer reads', async () => {
    const result = await handlers['response.body.jsonpath'](
      { responseId: 'big-json', expression: '$.items[0].id' },
      context,
    );
    expect(result).toMatchObject({ count: 1, shown: 1 });
    expect(await rowsOf(result.resultId)).toEqual(['[', '  0', ']']);
  });

  it('counts every match and keeps only the first ones', async () => {
    const result = await handlers['response.body.jsonpath'](
      { responseId: 'big-json', expression: '$.items[*].name' },
      context,
    );
    expect(result.count).toBe(ITEMS);
    expect(result.shown).toBe(MAX_JSONPATH_MATCHES);
    const page = await handlers['response.body.rows'](
      { responseId: result.resultId, from: 0, count: 3, view: 'raw' },
      context,
    );
    expect(page.rows).toEqual(['[', '  "item 0",', '  "item 1",']);
    expect(page.totalRows).toBe(MAX_JSONPATH_MATCHES + 2);
  });

  it('runs over a body kept in memory too', async () => {
    const result = await handlers['response.body.jsonpath']({ responseId: 'small-json', expression: '$..id' }, context);
    expect(result.count).toBe(2);
    expect(await rowsOf(result.resultId)).toEqual(['[', '  "a",', '  "b"', ']']);
  });

  it('says why it cannot: a malformed path, a body that is not JSON, one too large, one gone', async () => {
    const run = (responseId: string, expression: string) =>
      handlers['response.body.jsonpath']({ responseId, expression }, context);
    await expect(run('big-json', '$.items[')).rejects.toThrow('Invalid JSONPath: "[" is never closed at position 8.');
    await expect(run('not-json', '$.a')).rejects.toThrow(/The body is not valid JSON .*JSONPath needs a whole JSON/);
    const small = createResponseHandlers(
      { readBody: store.read, readBodyBytes: store.readBytes, bodyFile: store.file },
      { dialogs, jsonPath, maxJsonPathBytes: 1024 * 1024 },
    );
    await expect(
      small['response.body.jsonpath']({ responseId: 'big-json', expression: '$.a' }, context),
    ).rejects.toThrow(/This body is \d+ MB: JSONPath runs over bodies up to 1 MB/);
    await expect(run('gone', '$.a')).rejects.toThrow(/no longer available/);
  });
});

describe('Save body as…, in main', () => {
  it('copies the stored body to the file picked in the dialog and gives the window its name only', async () => {
    const target = path.join(dir, 'saved', '..', 'saved-body.json');
    dialogs.script.saveFile = () => target;
    const saved = await handlers['response.body.save'](
      { responseId: 'big-json', suggestedName: 'items.json' },
      context,
    );
    expect(saved).toEqual({ fileName: 'saved-body.json' });
    expect(readFileSync(target).equals(bigBody)).toBe(true);
    expect(dialogs.asked.at(-1)).toMatchObject({ kind: 'saveFile', request: { defaultName: 'items.json' } });
  });

  it('writes a body kept in memory byte for byte, suggests a bare name, and does nothing when cancelled', async () => {
    const target = path.join(dir, 'small.json');
    dialogs.script.saveFile = () => target;
    await handlers['response.body.save']({ responseId: 'small-json', suggestedName: '../../etc/passwd' }, context);
    expect(readFileSync(target, 'utf8')).toBe('{"items":[{"id":"a"},{"id":"b"}]}');
    expect(dialogs.asked.at(-1)).toMatchObject({ request: { defaultName: 'passwd' } });
    dialogs.script.saveFile = () => null;
    expect(
      await handlers['response.body.save']({ responseId: 'small-json', suggestedName: 'x.json' }, context),
    ).toEqual({ fileName: null });
    await expect(handlers['response.body.save']({ responseId: 'gone', suggestedName: 'x' }, context)).rejects.toThrow(
      /no longer available/,
    );
  });
});
