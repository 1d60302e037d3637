/**
 * History's files: numbered JSON-lines segments, only ever appended to. A line is written with one
 * append call, so a crash can tear only the last line; reading skips a line without its newline.
 */
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface StoredLine {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

const SEGMENT = /^segment-(\d{6})\.jsonl$/;

export function segmentName(number: number): string {
  return `segment-${String(number).padStart(6, '0')}.jsonl`;
}

/** Segment numbers present in the folder, oldest first. */
export async function listSegments(dir: string): Promise<number[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .map((name) => SEGMENT.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Every complete line of a segment with its byte range; `torn` when the file ends mid-line. */
export async function readLines(file: string): Promise<{ lines: StoredLine[]; size: number; torn: boolean }> {
  const handle = await open(file, 'r');
  try {
    const lines: StoredLine[] = [];
    const chunk = Buffer.alloc(1024 * 1024);
    let pending: Buffer[] = [];
    let pendingStart = 0;
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      let start = 0;
      for (let index = 0; index < bytesRead; index += 1) {
        if (chunk[index] !== 0x0a) continue;
        const piece = chunk.subarray(start, index);
        const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
        lines.push({ offset: pendingStart, length: bytes.length, text: bytes.toString('utf8') });
        pending = [];
        start = index + 1;
        pendingStart = position + start;
      }
      if (start < bytesRead) pending.push(Buffer.from(chunk.subarray(start, bytesRead)));
      position += bytesRead;
    }
    return { lines, size: position, torn: pending.length > 0 };
  } finally {
    await handle.close();
  }
}

export async function readRange(file: string, offset: number, length: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

export function segmentPath(dir: string, number: number): string {
  return path.join(dir, segmentName(number));
}
