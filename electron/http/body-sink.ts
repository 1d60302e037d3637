/**
 * Where a decoded response body goes: memory while it is small, a file under the bodies folder once it
 * passes the threshold (main never holds a large body whole), and nowhere past the hard cap.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';

/** How much of a file-backed body travels with the metadata, so the inspector can show it at once. */
export const FILE_PREVIEW_BYTES = 64 * 1024;

export interface BodySinkOptions {
  readonly filePath: string;
  readonly thresholdBytes: number;
  readonly capBytes: number;
  /** Called once when the cap is reached; the caller stops the download. */
  readonly onCap: () => void;
}

export class BodySink extends Writable {
  size = 0;
  capped = false;
  private memory: Buffer[] = [];
  private file: FileHandle | null = null;
  private spilled = false;
  /** The first FILE_PREVIEW_BYTES of the body, whatever its size. */
  private head: Buffer[] = [];
  private headSize = 0;

  constructor(private readonly options: BodySinkOptions) {
    super({ highWaterMark: 1024 * 1024 });
  }

  get inFile(): boolean {
    return this.spilled;
  }

  get filePath(): string {
    return this.options.filePath;
  }

  /** The whole body when it stayed in memory; null when it went to a file. */
  bytes(): Buffer | null {
    return this.inFile ? null : Buffer.concat(this.memory);
  }

  /** The first bytes, for the preview: the whole body when in memory. */
  previewBytes(): Buffer {
    return this.inFile ? Buffer.concat(this.head) : Buffer.concat(this.memory);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    void this.take(chunk).then(() => callback(), (error: Error) => callback(error));
  }

  override _final(callback: (error?: Error | null) => void): void {
    void this.closeFile().then(() => callback(), (error: Error) => callback(error));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    void this.closeFile().finally(() => callback(error));
  }

  private async take(chunk: Buffer): Promise<void> {
    if (this.capped) return;
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
    if (!this.inFile && this.size <= this.options.thresholdBytes) {
      this.memory.push(data);
    } else {
      if (!this.file) await this.spill();
      if (data.length > 0) await this.file!.write(data);
    }
    if (this.capped) this.options.onCap();
  }

  /** Past the threshold: what is in memory goes to the file first, and only the head stays. */
  private async spill(): Promise<void> {
    const buffered = Buffer.concat(this.memory);
    this.memory = [];
    this.spilled = true;
    this.file = await open(this.options.filePath, 'w');
    if (buffered.length > 0) await this.file.write(buffered);
  }

  private async closeFile(): Promise<void> {
    const file = this.file;
    if (file) {
      this.file = null;
      await file.close();
    }
  }
}
