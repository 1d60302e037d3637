/**
 * Masks secrets inside stored response bodies, byte for byte, so a body read later in slices (or saved)
 * holds no secret the server echoed. Works on bytes, not text: a binary body stays intact around the mask.
 * The masker streams: a body of any size is masked while it is written, never held whole.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { encodedForms, REDACTED } from '../../shared/request/redact';
import { FILE_MODE } from '../store/data-folder';

const mask = Buffer.from(REDACTED, 'utf8');

/** Every encoded form of every secret as bytes, longest first (the longest match at a position wins). */
function needlesOf(sensitive: readonly string[]): Buffer[] {
  return [...new Set(sensitive.flatMap((secret) => encodedForms(secret)))]
    .map((form) => Buffer.from(form, 'utf8'))
    .filter((needle) => needle.length > 0)
    .sort((a, b) => b.length - a.length);
}

/**
 * Masks a body arriving in chunks. A secret split across chunks is still found: the last bytes that could
 * begin a form (one byte less than the longest form) wait for the next chunk. The result is the same as
 * masking the whole body at once: the leftmost match, and the longest form at that position.
 */
export class StreamMasker {
  private readonly needles: Buffer[];
  private readonly overlap: number;
  private tail: Buffer = Buffer.alloc(0);

  constructor(sensitive: readonly string[]) {
    this.needles = needlesOf(sensitive);
    this.overlap = Math.max(0, (this.needles[0]?.length ?? 0) - 1);
  }

  get masks(): boolean {
    return this.needles.length > 0;
  }

  /** The masked bytes that are certain now; a few may be held back until the next chunk or `end`. */
  push(chunk: Buffer): Buffer {
    if (!this.masks) return chunk;
    const data = this.tail.length === 0 ? chunk : Buffer.concat([this.tail, chunk]);
    const { out, rest } = this.mask(data, Math.max(0, data.length - this.overlap));
    this.tail = Buffer.from(rest);
    return out;
  }

  /** What was held back, masked: the body is complete. */
  end(): Buffer {
    const data = this.tail;
    this.tail = Buffer.alloc(0);
    return this.masks ? this.mask(data, data.length).out : data;
  }

  /** Masks every match that starts before `decided`; bytes from there on (or past the last match) are the rest. */
  private mask(data: Buffer, decided: number): { out: Buffer; rest: Buffer } {
    const next = this.needles.map((needle) => data.indexOf(needle));
    const parts: Buffer[] = [];
    let at = 0;
    for (;;) {
      let hit = -1;
      for (let i = 0; i < next.length; i += 1) {
        if (next[i]! >= 0 && next[i]! < at) next[i] = data.indexOf(this.needles[i]!, at);
        const index = next[i]!;
        // Needles are longest first: on a tie the earlier (longer) one stays.
        if (index >= 0 && (hit < 0 || index < next[hit]!)) hit = i;
      }
      const index = hit < 0 ? -1 : next[hit]!;
      if (index < 0 || index >= decided) break;
      parts.push(data.subarray(at, index), mask);
      at = index + this.needles[hit]!.length;
    }
    const cut = Math.max(at, decided);
    parts.push(data.subarray(at, cut));
    return { out: parts.length === 1 ? parts[0]! : Buffer.concat(parts), rest: data.subarray(cut) };
  }
}

/** The body with every encoded form of every secret replaced by the mask; the same buffer when none occurs. */
export function redactBytes(body: Buffer, sensitive: readonly string[]): Buffer {
  const needles = needlesOf(sensitive);
  if (!needles.some((needle) => body.includes(needle))) return body;
  const masker = new StreamMasker(sensitive);
  return Buffer.concat([masker.push(body), masker.end()]);
}

/** A Transform masking what flows through it, for a body written to (or rewritten on) disk. */
export function maskingTransform(sensitive: readonly string[]): Transform {
  const masker = new StreamMasker(sensitive);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, masker.push(chunk));
    },
    flush(callback) {
      callback(null, masker.end());
    },
  });
}

/** Rewrites a body file with its secrets masked, streaming, through a temporary file renamed over it. */
export async function redactBodyFile(file: string, sensitive: readonly string[]): Promise<void> {
  if (needlesOf(sensitive).length === 0) return;
  const temporary = `${file}.tmp-${process.pid}-${Date.now()}`;
  try {
    await pipeline(
      createReadStream(file),
      maskingTransform(sensitive),
      createWriteStream(temporary, { mode: FILE_MODE }),
    );
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
