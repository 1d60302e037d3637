/**
 * Limits a hostile or broken server cannot talk its way around: a stall (or a byte-a-second drip) ends
 * the exchange like curl's low-speed limit, and a compressed body that expands far beyond what came over
 * the wire (a gzip/deflate/brotli bomb) stops decoding long before it fills the disk.
 */
import type { ChunkSink } from './body-sink';
import { EngineError } from './errors';
import type { HopResponse } from './hop';

/** Below this average rate over one idle window the server counts as idle. */
export const MIN_BYTES_PER_SECOND = 16;
/** Decoded bytes per wire byte past which a compressed body is treated as a bomb (real JSON: 5–30×). */
export const MAX_COMPRESSION_RATIO = 200;
/** Small compressed bodies may expand further: the ratio is only checked past this many decoded bytes. */
export const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;
/** The decoded size of one compressed body never exceeds this, whatever the body cap says. */
export const MAX_DECODED_BYTES = 512 * 1024 * 1024;

export function idleTimeoutError(idleMs: number): EngineError {
  return new EngineError(
    'timeout-idle',
    `The server sent (almost) nothing for ${idleMs} ms, so Parley stopped waiting; what arrived is kept.`,
    'The server stalls or drips its answer. Raise the idle timeout in Settings if it is just slow to start.',
    'PARLEY_IDLE_TIMEOUT',
  );
}

export interface IdleWatch {
  /** Call with each hop's cumulative received byte count (0 when its headers arrive). */
  progress(received: number): void;
  stop(): void;
}

/** Every `idleMs`, checks that headers arrived or the body moved at MIN_BYTES_PER_SECOND at least. */
export function watchIdle(idleMs: number, onIdle: (error: EngineError) => void): IdleWatch {
  const needed = Math.max(1, Math.floor((MIN_BYTES_PER_SECOND * idleMs) / 1000));
  let windowBytes = 0;
  let lastReceived = 0;
  const timer = setInterval(() => {
    if (windowBytes < needed) onIdle(idleTimeoutError(idleMs));
    windowBytes = 0;
  }, idleMs);
  return {
    progress(received) {
      if (received === 0) {
        // New headers are activity in themselves.
        windowBytes += needed;
        lastReceived = 0;
        return;
      }
      windowBytes += Math.max(0, received - lastReceived);
      lastReceived = received;
    },
    stop: () => clearInterval(timer),
  };
}

function decodeBombError(decoded: number, wire: number): EngineError {
  return new EngineError(
    'body-cap',
    `The compressed body expanded to ${decoded} bytes from ${wire} bytes on the wire, more than a real response does; Parley stopped decoding it and kept what arrived.`,
    'The server sends a compression bomb or a damaged body. Ask for Accept-Encoding: identity to see the raw bytes.',
    'PARLEY_DECOMPRESSION_BOMB',
  );
}

/** Wraps the sink of a compressed body: stops when the decoded size or the expansion ratio gets absurd. */
export function guardDecoded(sink: ChunkSink, response: HopResponse, onBomb: (error: EngineError) => void): ChunkSink {
  let decoded = 0;
  let stopped = false;
  return {
    write(chunk) {
      if (stopped) return null;
      decoded += chunk.length;
      const ratioExceeded = decoded > RATIO_FLOOR_BYTES && decoded > MAX_COMPRESSION_RATIO * response.wireBytes;
      if (ratioExceeded || decoded > MAX_DECODED_BYTES) {
        stopped = true;
        onBomb(decodeBombError(decoded, response.wireBytes));
        return null;
      }
      return sink.write(chunk);
    },
    finish: () => sink.finish(),
  };
}

/** True when the body is decoded on the way (any Content-Encoding other than identity). */
export function isEncoded(contentEncoding: string | undefined): boolean {
  return (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .some((coding) => coding !== '' && coding !== 'identity');
}
