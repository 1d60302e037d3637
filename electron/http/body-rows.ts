/**
 * A stored body as rows, for a viewer that holds only what is on screen: an index of where each row
 * starts (a line, or a piece of at most MAX_ROW_BYTES of a longer one), built once per body by reading it
 * in slices, then pages of rows and a find over the bytes — the body is never one string here or there.
 */
import type { BodyFind, BodyRowsPage } from '../../shared/ipc/channels/response';
import type { BodyBytesRead } from './body-store';
import { CHECKPOINT_ROWS, indexPretty, prettyRowOf, prettyRows, type PrettyIndex } from './json-pretty-rows';

/** A longer line is shown as several rows, so no row costs more than this to lay out. */
export const MAX_ROW_BYTES = 4096;
const READ_BYTES = 4 * 1024 * 1024;
const NEWLINE = 0x0a;

type ReadBytes = (responseId: string, offset: number, length: number) => Promise<BodyBytesRead | null>;

interface RowIndex {
  /** starts[i] is where row i begins; the last entry is the body's size. */
  readonly starts: readonly number[];
  readonly totalBytes: number;
}

/** The body as stored, or JSON re-indented (formatted in main, a page at a time). */
export type RowsView = 'raw' | 'pretty';

export interface BodyRows {
  page(responseId: string, from: number, count: number, view?: RowsView): Promise<BodyRowsPage | null>;
  /**
   * The first row at or after `fromRow` holding `query` (wrapping to the top); null when the body is gone.
   * The text is searched in the stored bytes, so in the pretty view it matches as the server wrote it.
   */
  find(responseId: string, query: string, fromRow: number, view?: RowsView): Promise<BodyFind | null>;
}

/** Where each row starts, from the body read slice by slice. */
export async function indexRows(read: ReadBytes, responseId: string): Promise<RowIndex | null> {
  const starts = [0];
  let rowStart = 0;
  let chunkStart = 0;
  let totalBytes = 0;
  for (;;) {
    const range = await read(responseId, chunkStart, READ_BYTES);
    if (!range) return null;
    totalBytes = range.totalBytes;
    const bytes = range.bytes;
    const chunkEnd = chunkStart + bytes.length;
    for (let pos = 0; ;) {
      const newline = bytes.indexOf(NEWLINE, pos);
      const stop = newline === -1 ? chunkEnd : chunkStart + newline + 1;
      while (stop - rowStart > MAX_ROW_BYTES) {
        let cut = rowStart + MAX_ROW_BYTES;
        // Never inside a character: back up over UTF-8 continuation bytes.
        while (cut > rowStart + 1 && cut - chunkStart > 0 && (bytes[cut - chunkStart]! & 0xc0) === 0x80) cut -= 1;
        starts.push(cut);
        rowStart = cut;
      }
      if (newline === -1) break;
      if (stop < totalBytes) starts.push(stop);
      rowStart = stop;
      pos = newline + 1;
    }
    chunkStart = chunkEnd;
    if (bytes.length === 0 || chunkEnd >= totalBytes) break;
  }
  starts.push(totalBytes);
  return { starts, totalBytes };
}

/** The last row starting at or before `offset`. */
function rowAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** The first byte offset in [from, to) where `needle` starts, reading in slices; -1 when none. */
async function search(read: ReadBytes, responseId: string, needle: Buffer, from: number, to: number) {
  for (let offset = from; offset < to;) {
    const length = Math.min(READ_BYTES, to - offset + needle.length - 1);
    const range = await read(responseId, offset, length);
    if (!range || range.bytes.length === 0) return -1;
    const at = range.bytes.indexOf(needle);
    if (at !== -1 && offset + at < to) return offset + at;
    offset += Math.max(1, range.bytes.length - needle.length + 1);
  }
  return -1;
}

/** Indexes by body, at most `keep`, the oldest dropped first; a body that was gone is not remembered. */
function indexCache<T>(build: (responseId: string) => Promise<T | null>, keep: number) {
  const indexes = new Map<string, Promise<T | null>>();
  return (responseId: string) => {
    let index = indexes.get(responseId);
    if (!index) {
      index = build(responseId);
      indexes.set(responseId, index);
      for (const id of indexes.keys()) if (indexes.size > keep) indexes.delete(id);
      void index.then((built) => built ?? indexes.delete(responseId));
    }
    return index;
  };
}

export function createBodyRows(read: ReadBytes, keep = 4): BodyRows {
  const rawIndex = indexCache((responseId) => indexRows(read, responseId), keep);
  const prettyIndex = indexCache((responseId) => indexPretty(read, responseId), keep);

  const prettyPage = async (responseId: string, index: PrettyIndex, from: number, count: number) => {
    const first = Math.min(from, Math.max(0, index.totalRows - 1));
    const rows = await prettyRows(read, responseId, index, first, count);
    return rows ? { rows, from: first, totalRows: index.totalRows, totalBytes: index.totalBytes } : null;
  };

  const findPretty = async (responseId: string, index: PrettyIndex, query: string, fromRow: number) => {
    const needle = Buffer.from(query, 'utf8');
    const checkpoint = index.checkpoints[Math.min(Math.floor(fromRow / CHECKPOINT_ROWS), index.checkpoints.length - 1)];
    const origin = checkpoint?.offset ?? 0;
    // Matches between the checkpoint and fromRow come before the asked row: skip them.
    for (let start = origin; ;) {
      const at = await search(read, responseId, needle, start, index.totalBytes);
      if (at === -1) break;
      const row = await prettyRowOf(read, responseId, index, at);
      if (row === null) return null;
      if (row >= fromRow) return { row, wrapped: false };
      start = at + 1;
    }
    // Wrapping: the first match of the body, wherever it is.
    const at = await search(read, responseId, needle, 0, index.totalBytes);
    if (at === -1) return { row: null, wrapped: false };
    const row = await prettyRowOf(read, responseId, index, at);
    return row === null ? null : { row, wrapped: true };
  };

  return {
    async page(responseId, from, count, view = 'raw') {
      if (view === 'pretty') {
        const index = await prettyIndex(responseId);
        return index ? prettyPage(responseId, index, from, count) : null;
      }
      const index = await rawIndex(responseId);
      if (!index) return null;
      const totalRows = index.starts.length - 1;
      const first = Math.min(from, Math.max(0, totalRows - 1));
      const end = Math.min(totalRows, first + count);
      const begin = index.starts[first] ?? 0;
      const range = end > first ? await read(responseId, begin, index.starts[end]! - begin) : null;
      const rows: string[] = [];
      for (let row = first; row < end && range; row += 1) {
        const text = range.bytes.toString('utf8', index.starts[row]! - begin, index.starts[row + 1]! - begin);
        rows.push(text.replace(/\r?\n$/, ''));
      }
      return { rows, from: first, totalRows, totalBytes: index.totalBytes };
    },
    async find(responseId, query, fromRow, view = 'raw') {
      if (view === 'pretty') {
        const index = await prettyIndex(responseId);
        return index ? findPretty(responseId, index, query, fromRow) : null;
      }
      const index = await rawIndex(responseId);
      if (!index) return null;
      const needle = Buffer.from(query, 'utf8');
      const start = index.starts[Math.min(fromRow, index.starts.length - 1)] ?? 0;
      let at = await search(read, responseId, needle, start, index.totalBytes);
      const wrapped = at === -1;
      if (wrapped) at = await search(read, responseId, needle, 0, Math.min(index.totalBytes, start + needle.length));
      return { row: at === -1 ? null : rowAt(index.starts, at), wrapped: wrapped && at !== -1 };
    },
  };
}
