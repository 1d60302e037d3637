/**
 * Response bodies by response id: small ones in a bounded in-memory cache, large ones as files under the
 * bodies folder. Reads return UTF-8 text cut at whole characters, so slices join without broken glyphs.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BodySlice } from '../../shared/http/body-slice';

export interface BodyStore {
  /** Keeps a small body in memory (the oldest are dropped past the budget); replaces one kept before. */
  keep(responseId: string, bytes: Buffer): void;
  /** The body kept in memory, if it still is. */
  inMemory(responseId: string): Buffer | undefined;
  /** Where a large body of this response is (or will be) written. */
  pathFor(responseId: string): string;
  read(responseId: string, offset: number, length: number): Promise<BodySlice | null>;
  /** The exact bytes [offset, offset + length) of the body (fewer at its end), with its size; null when it is gone. */
  readBytes(responseId: string, offset: number, length: number): Promise<BodyBytesRead | null>;
  /** The body's file, when it has one on disk. */
  file(responseId: string): Promise<string | null>;
}

export interface BodyBytesRead {
  readonly bytes: Buffer;
  readonly totalBytes: number;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** How many bytes at the end of `bytes` belong to a character that continues past them. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

export function sliceText(bytes: Buffer, offset: number, totalBytes: number): BodySlice {
  const eof = offset + bytes.length >= totalBytes;
  const usable = eof ? bytes : bytes.subarray(0, bytes.length - incompleteTail(bytes));
  return {
    text: usable.toString('utf8'),
    offset,
    nextOffset: offset + usable.length,
    totalBytes,
    eof: offset + usable.length >= totalBytes,
  };
}

/** Skip continuation bytes so a slice never starts in the middle of a character. */
function alignStart(bytes: Buffer): number {
  let skip = 0;
  while (skip < bytes.length && skip < 3 && (bytes[skip]! & 0xc0) === 0x80) skip += 1;
  return skip;
}

export function createBodyStore(bodiesDir: string, memoryBudgetBytes = 64 * 1024 * 1024): BodyStore {
  const memory = new Map<string, Buffer>();
  let memoryBytes = 0;
  const pathFor = (responseId: string) => {
    if (!ID_PATTERN.test(responseId)) throw new Error(`Not a response id: ${responseId}`);
    return path.join(bodiesDir, `${responseId}.body`);
  };

  /** Bytes [offset, offset + length) of a body in memory or on disk, with its whole size; null when it is gone. */
  const readBytes = async (responseId: string, offset: number, length: number): Promise<BodyBytesRead | null> => {
    const inMemory = memory.get(responseId);
    if (inMemory) return { bytes: inMemory.subarray(offset, offset + length), totalBytes: inMemory.length };
    if (!ID_PATTERN.test(responseId)) return null;
    let handle;
    try {
      handle = await open(pathFor(responseId), 'r');
    } catch {
      return null;
    }
    try {
      const { size } = await handle.stat();
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = buffer.length > 0 ? await handle.read(buffer, 0, buffer.length, offset) : { bytesRead: 0 };
      return { bytes: buffer.subarray(0, bytesRead), totalBytes: size };
    } finally {
      await handle.close();
    }
  };

  return {
    keep(responseId, bytes) {
      memoryBytes -= memory.get(responseId)?.length ?? 0;
      memory.set(responseId, bytes);
      memoryBytes += bytes.length;
      for (const [id, kept] of memory) {
        if (memoryBytes <= memoryBudgetBytes) break;
        memory.delete(id);
        memoryBytes -= kept.length;
      }
    },
    inMemory: (responseId) => memory.get(responseId),
    pathFor,
    async read(responseId, offset, length) {
      const range = await readBytes(responseId, offset, length);
      if (!range) return null;
      const skip = alignStart(range.bytes);
      return sliceText(range.bytes.subarray(skip), offset + skip, range.totalBytes);
    },
    readBytes,
    async file(responseId) {
      if (!ID_PATTERN.test(responseId)) return null;
      const filePath = pathFor(responseId);
      try {
        return (await stat(filePath)).isFile() ? filePath : null;
      } catch {
        return null;
      }
    },
  };
}
