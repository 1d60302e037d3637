/**
 * Pretty-printed rows of a JSON body too large to hold, without writing the pretty text anywhere: one pass
 * over the stored bytes records a checkpoint (input offset and formatter state) every CHECKPOINT_ROWS rows;
 * a page of rows is formatted again from the nearest checkpoint. Not a validator: bytes that are not JSON
 * come out re-spaced, never lost.
 */
import { MAX_ROW_BYTES } from './body-rows';
import type { BodyBytesRead } from './body-store';

const READ_BYTES = 1024 * 1024;
export const CHECKPOINT_ROWS = 256;
const INDENT = 2;

type ReadBytes = (responseId: string, offset: number, length: number) => Promise<BodyBytesRead | null>;

/** Where formatting may resume: at the start of a row. */
interface Checkpoint {
  readonly offset: number;
  readonly depth: number;
  readonly inString: boolean;
  readonly escaped: boolean;
  /** Spaces the row starts with. */
  readonly indent: number;
}

export interface PrettyIndex {
  readonly checkpoints: readonly Checkpoint[];
  readonly totalRows: number;
  readonly totalBytes: number;
}

const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY, COMMA, COLON, QUOTE, BACKSLASH] = [
  0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x22, 0x5c,
];
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Formats bytes from a checkpoint; `onRow` gets each finished row (its bytes when `collect`, else empty)
 * with the checkpoint it started at, and returns false to stop.
 */
async function format(
  read: ReadBytes,
  responseId: string,
  from: Checkpoint,
  collect: boolean,
  onRow: (row: Buffer, start: Checkpoint) => boolean,
): Promise<{ ended: boolean; totalBytes: number } | null> {
  let { depth, inString, escaped } = from;
  let row: number[] = [];
  let rowLength = 0;
  let rowHasContent = false;
  let rowStart: Checkpoint = from;
  let offset = from.offset;
  let stopped = false;
  const startRow = (indent: number) => {
    row = collect ? new Array<number>(indent).fill(0x20) : [];
    rowLength = indent;
    rowHasContent = false;
  };
  const push = (byte: number) => {
    if (collect) row.push(byte);
    rowLength += 1;
    rowHasContent = true;
  };
  const endRow = (at: number, nextIndent: number) => {
    stopped = !onRow(Buffer.from(row), rowStart);
    startRow(nextIndent);
    rowStart = { offset: at, depth, inString, escaped, indent: nextIndent };
  };
  startRow(from.indent);
  for (;;) {
    const range = await read(responseId, offset, READ_BYTES);
    if (!range) return null;
    const bytes = range.bytes;
    for (let index = 0; index < bytes.length && !stopped; index += 1) {
      const byte = bytes[index]!;
      const next = offset + index + 1;
      if (inString) {
        push(byte);
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
        // A very long string goes on over several rows, never cut inside a character.
        if (rowLength >= MAX_ROW_BYTES && ((bytes[index + 1] ?? 0) & 0xc0) !== 0x80) endRow(next, 0);
        continue;
      }
      if (isSpace(byte)) continue;
      if (byte === QUOTE) {
        inString = true;
        push(byte);
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        push(byte);
        depth += 1;
        endRow(next, depth * INDENT);
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        // The row's checkpoint is this byte, read again on resuming: it keeps the depth before it.
        const outer = Math.max(0, depth - 1);
        if (rowHasContent) endRow(offset + index, outer * INDENT);
        else startRow(outer * INDENT);
        depth = outer;
        push(byte);
      } else if (byte === COMMA) {
        push(byte);
        endRow(next, depth * INDENT);
      } else if (byte === COLON) {
        push(byte);
        push(0x20);
      } else push(byte);
    }
    offset += bytes.length;
    if (stopped) return { ended: false, totalBytes: range.totalBytes };
    if (bytes.length === 0 || offset >= range.totalBytes) {
      if (rowHasContent) onRow(Buffer.from(row), rowStart);
      return { ended: true, totalBytes: range.totalBytes };
    }
  }
}

const START: Checkpoint = { offset: 0, depth: 0, inString: false, escaped: false, indent: 0 };

export async function indexPretty(read: ReadBytes, responseId: string): Promise<PrettyIndex | null> {
  const checkpoints: Checkpoint[] = [];
  let rows = 0;
  const done = await format(read, responseId, START, false, (_row, start) => {
    if (rows % CHECKPOINT_ROWS === 0) checkpoints.push(start);
    rows += 1;
    return true;
  });
  if (!done) return null;
  if (checkpoints.length === 0) checkpoints.push(START);
  return { checkpoints, totalRows: Math.max(1, rows), totalBytes: done.totalBytes };
}

/** Rows [from, from + count) of the pretty text. */
export async function prettyRows(
  read: ReadBytes,
  responseId: string,
  index: PrettyIndex,
  from: number,
  count: number,
): Promise<string[] | null> {
  const checkpoint = Math.min(Math.floor(from / CHECKPOINT_ROWS), index.checkpoints.length - 1);
  let row = checkpoint * CHECKPOINT_ROWS;
  const rows: string[] = [];
  const done = await format(read, responseId, index.checkpoints[checkpoint]!, true, (bytes) => {
    if (row >= from) rows.push(bytes.toString('utf8'));
    row += 1;
    return row < from + count;
  });
  return done ? rows : null;
}

/** The pretty row holding the input byte at `offset`. */
export async function prettyRowOf(
  read: ReadBytes,
  responseId: string,
  index: PrettyIndex,
  offset: number,
): Promise<number | null> {
  let checkpoint = index.checkpoints.length - 1;
  while (checkpoint > 0 && index.checkpoints[checkpoint]!.offset > offset) checkpoint -= 1;
  let row = checkpoint * CHECKPOINT_ROWS;
  let found: number | null = null;
  const done = await format(read, responseId, index.checkpoints[checkpoint]!, false, (_bytes, start) => {
    if (start.offset > offset) {
      found = row - 1;
      return false;
    }
    row += 1;
    return true;
  });
  if (!done) return null;
  return found ?? Math.max(0, row - 1);
}
