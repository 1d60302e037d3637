import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyBytes } from '../../shared/ipc/channels/response';
import { MAX_BODY_SLICE_BYTES } from '../../shared/http/body-slice';
import { createRouter, type Handlers } from '../ipc/router';
import { createBodyStore, type BodyStore } from './body-store';
import { createDialogDouble } from '../dialogs/dialog-double';
import { createJsonPathRunner } from './jsonpath-runner';
import { createResponseHandlers } from './response-handlers';

const trusted = 'parley://app/index.html';
let dir: string;
let store: BodyStore;
let handlers: ReturnType<typeof createResponseHandlers>;

/** Every byte value, 0x00 and 0xFF included, plus sequences that are not UTF-8 — 10,000 bytes in all. */
const fileBytes = Buffer.alloc(10_000);
for (let i = 0; i < fileBytes.length; i += 1) fileBytes[i] = (i * 7 + (i >> 8)) & 0xff;
fileBytes.set([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xe2, 0x82], 5_000);
const memoryBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x80, 0x00]);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-body-bytes-'));
  store = createBodyStore(dir);
  writeFileSync(store.pathFor('on-disk'), fileBytes);
  store.keep('in-memory', memoryBytes);
  handlers = createResponseHandlers(
    { readBody: store.read, readBodyBytes: store.readBytes, bodyFile: store.file },
    { dialogs: createDialogDouble(), jsonPath: createJsonPathRunner({ maxHeapMb: 256 }) },
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const context = { senderUrl: trusted };
const bytesOf = (input: { responseId: string; offset: number; length: number }) =>
  handlers['response.body.bytes'](input, context);

async function readAll(responseId: string, chunk: number): Promise<{ bytes: Buffer; calls: BodyBytes[] }> {
  const calls: BodyBytes[] = [];
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const part = await bytesOf({ responseId, offset, length: chunk });
    calls.push(part);
    parts.push(Buffer.from(part.base64, 'base64'));
    offset = part.nextOffset;
    if (part.eof) return { bytes: Buffer.concat(parts), calls };
  }
}

describe('response.body.bytes', () => {
  it('returns a file body byte for byte, 0x00, 0xFF and broken UTF-8 included, in chunks that join exactly', async () => {
    const { bytes, calls } = await readAll('on-disk', 4096);
    expect(bytes.equals(fileBytes)).toBe(true);
    expect(calls.map((call) => [call.offset, call.nextOffset])).toEqual([
      [0, 4096],
      [4096, 8192],
      [8192, 10_000],
    ]);
    expect(calls.map((call) => call.eof)).toEqual([false, false, true]);
    expect(calls.every((call) => call.totalBytes === 10_000)).toBe(true);
  });

  it('returns exactly the range asked for, not cut back to whole characters', async () => {
    const part = await bytesOf({ responseId: 'on-disk', offset: 4_999, length: 8 });
    expect(Buffer.from(part.base64, 'base64').equals(fileBytes.subarray(4_999, 5_007))).toBe(true);
    expect(part).toMatchObject({ offset: 4_999, nextOffset: 5_007, eof: false });
    // The text channel, by contrast, cannot give these bytes back.
    const text = await handlers['response.body.read']({ responseId: 'on-disk', offset: 5_000, length: 7 }, context);
    expect(Buffer.from(text.text, 'utf8').equals(fileBytes.subarray(5_000, 5_007))).toBe(false);
  });

  it('returns a body kept in memory byte for byte', async () => {
    const { bytes } = await readAll('in-memory', 5);
    expect(bytes.equals(memoryBytes)).toBe(true);
  });

  it('a range running past the end gives what there is; reading at the end gives nothing and eof', async () => {
    await expect(bytesOf({ responseId: 'on-disk', offset: 9_990, length: 100 })).resolves.toMatchObject({
      offset: 9_990,
      nextOffset: 10_000,
      eof: true,
    });
    await expect(bytesOf({ responseId: 'on-disk', offset: 10_000, length: 100 })).resolves.toEqual({
      base64: '',
      offset: 10_000,
      nextOffset: 10_000,
      totalBytes: 10_000,
      eof: true,
    });
  });

  it('an offset past the end, or a body that is gone, is a clear error', async () => {
    await expect(bytesOf({ responseId: 'on-disk', offset: 10_001, length: 10 })).rejects.toThrow(
      'Offset 10001 is past the end of this body (10000 bytes).',
    );
    await expect(bytesOf({ responseId: 'in-memory', offset: 13, length: 10 })).rejects.toThrow(
      'Offset 13 is past the end of this body (12 bytes).',
    );
    await expect(bytesOf({ responseId: 'never-sent', offset: 0, length: 10 })).rejects.toThrow('no longer available');
  });

  it('the router refuses ranges over 4 MB, negative offsets and odd ids before the handler runs', async () => {
    const router = createRouter(handlers as unknown as Handlers, { isTrustedSender: (url) => url === trusted });
    const call = (input: unknown) => router.dispatch('response.body.bytes', input, context);
    await expect(call({ responseId: 'on-disk', offset: 0, length: MAX_BODY_SLICE_BYTES + 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await expect(call({ responseId: 'on-disk', offset: -1, length: 10 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await expect(call({ responseId: '../etc/passwd', offset: 0, length: 10 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await expect(call({ responseId: 'on-disk', offset: 10_001, length: 10 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'Offset 10001 is past the end of this body (10000 bytes).' },
    });
    const ok = await call({ responseId: 'on-disk', offset: 0, length: 3 });
    expect(ok).toEqual({
      ok: true,
      value: {
        base64: fileBytes.subarray(0, 3).toString('base64'),
        offset: 0,
        nextOffset: 3,
        totalBytes: 10_000,
        eof: false,
      },
    });
  });
});
