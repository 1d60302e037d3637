/**
 * Where a decoded response body goes: memory while it is small, a file under the bodies folder once it
 * passes the threshold (main never holds a large body whole), and nowhere past the hard cap.
 * Not a Node stream: the common small body costs no stream machinery, only a push into an array.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { FILE_MODE } from '../store/data-folder';

/** How much of a file-backed body travels with the metadata, so the inspector can show it at once. */
export const FILE_PREVIEW_BYTES = 64 * 1024;

/** Takes body chunks in order. `write` returns a promise only when the caller must wait (disk). */
export interface ChunkSink {
  write(chunk: Buffer): Promise<void> | null;
  finish(): Promise<void>;
}

/** For bodies nobody reads (a redirect that is followed). */
export const discardSink: ChunkSink = { write: () => null, finish: async () => undefined };

export interface BodySinkOptions {
  readonly filePath: string;
  readonly thresholdBytes: number;
  readonly capBytes: number;
  /** Called once when the cap is reached; the caller stops the download. */
  readonly onCap: () => void;
}

export class BodySink implements ChunkSink {
  size = 0;
  capped = false;
  private memory: Buffer[] = [];
  private file: FileHandle | null = null;
  private spilled = false;
  /** The first FILE_PREVIEW_BYTES of the body, whatever its size. */
  private head: Buffer[] = [];
  private headSize = 0;

  constructor(private readonly options: BodySinkOptions) {}

  get inFile(): boolean {
    return this.spilled;
  }

  /** The whole body when it stayed in memory; null when it went to a file. */
  bytes(): Buffer | null {
    return this.inFile ? null : this.memory.length === 1 ? this.memory[0]! : Buffer.concat(this.memory);
  }

  /** The first FILE_PREVIEW_BYTES (or fewer) received so far, for a preview while the body still arrives. */
  headBytes(): Buffer {
    return Buffer.concat(this.head);
  }

  /** The first bytes, for the preview: the whole body when in memory. */
  previewBytes(): Buffer {
    return this.inFile ? Buffer.concat(this.head) : (this.bytes() ?? Buffer.alloc(0));
  }

  write(chunk: Buffer): Promise<void> | null {
    if (this.capped || chunk.length === 0) return null;
    let data = chunk;
    const room = this.options.capBytes - this.size;
    if (data.length >= room) {
      data = data.subarray(0, room);
      this.capped = true;
    }
    this.size += data.length;
    if (this.headSize < FILE_PREVIEW_BYTES && data.length > 0) {
      const part = data.subarray(0, FILE_PREVIEW_BYTES - this.headSize);
      this.head.push(part);
      this.headSize += part.length;
    }
    if (!this.spilled && this.size <= this.options.thresholdBytes) {
      this.memory.push(data);
      if (this.capped) this.options.onCap();
      return null;
    }
    return this.toFile(data);
  }

  async finish(): Promise<void> {
    const file = this.file;
    this.file = null;
    await file?.close();
  }

  private async toFile(data: Buffer): Promise<void> {
    if (!this.spilled) {
      // Past the threshold: what is in memory goes to the file first.
      this.spilled = true;
      const buffered = Buffer.concat(this.memory);
      this.memory = [];
      this.file = await open(this.options.filePath, 'w', FILE_MODE);
      if (buffered.length > 0) await this.file.write(buffered);
    }
    if (data.length > 0 && this.file) await this.file.write(data);
    if (this.capped) this.options.onCap();
  }
}

/** A Writable over a sink, for the end of a decoder pipeline (gzip, deflate, br). */
export function sinkStream(sink: ChunkSink): Writable {
  return new Writable({
    highWaterMark: 1024 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      const pending = sink.write(chunk);
      if (pending)
        pending.then(
          () => callback(),
          (error: Error) => callback(error),
        );
      else callback();
    },
    final(callback) {
      sink.finish().then(
        () => callback(),
        (error: Error) => callback(error),
      );
    },
  });
}
