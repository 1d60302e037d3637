/**
 * One HTTP request/response over an undici pool, with the measurements undici's high-level APIs hide:
 * raw response headers (case, order, duplicates), bytes on the wire before decoding, and the moments
 * each phase ended. The body flows wire → decoders (gzip/deflate/br) → sink with back-pressure.
 */
import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { Readable, type Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { Dispatcher } from 'undici';
import type { HeaderList, HttpMethod } from '../../shared/http/types';
import { sinkStream, type ChunkSink } from './body-sink';
import { claimSocketTimings } from './connector';
import type { ExchangePhase } from './errors';
import { headerValue } from '../../shared/http/headers';

export interface HopRequest {
  readonly url: URL;
  readonly method: HttpMethod;
  readonly headers: HeaderList;
  readonly body: string | Buffer | Readable | null;
}

export interface HopMoments {
  dns: number;
  connect: number;
  tls: number;
  reused: boolean;
  headersWritten: number | null;
  requestSent: number | null;
  firstByte: number | null;
  headersReceived: number | null;
  ended: number | null;
}

export interface HopResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: HeaderList;
  readonly headerBytes: number;
  wireBytes: number;
}

export interface HopOutcome {
  readonly response: HopResponse | null;
  readonly error: unknown;
  readonly phase: ExchangePhase;
  readonly moments: HopMoments;
}

export interface HopControl {
  /** Where the body goes, decided once the status and headers are known (a followed redirect discards it). */
  sinkFor(response: HopResponse): ChunkSink;
  onProgress?: (received: number, total: number | null) => void;
}

export interface HopHandle {
  readonly done: Promise<HopOutcome>;
  /** Stops the exchange with this error; what arrived so far is kept. */
  abort(reason: Error): void;
}

/**
 * Pairs each request with its socket. `onConnect` and undici's `sendHeaders` diagnostics message happen in
 * the same synchronous call (client-h1 writeH1), so one slot is enough: set in onConnect, taken by the
 * message. Created per engine and disposed with it (the subscription ends there).
 */
export interface SocketClaims {
  /** The next `sendHeaders` message in this tick hands its socket to `claim`. */
  expect(claim: (socket: Socket) => void): void;
  dispose(): void;
}

export function createSocketClaims(): SocketClaims {
  let claiming: ((socket: Socket) => void) | null = null;
  const onSendHeaders = (message: unknown) => {
    const socket = (message as { socket?: Socket }).socket;
    if (claiming && socket) claiming(socket);
    claiming = null;
  };
  diagnostics.subscribe('undici:client:sendHeaders', onSendHeaders);
  return {
    expect(claim) {
      claiming = claim;
      // A request that never wrote its headers (aborted in onConnect) must not claim another's socket.
      queueMicrotask(() => {
        if (claiming === claim) claiming = null;
      });
    },
    dispose: () => diagnostics.unsubscribe('undici:client:sendHeaders', onSendHeaders),
  };
}

function decoderFor(contentEncoding: string): Transform[] {
  const codings = contentEncoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  const decoders: Transform[] = [];
  // Encodings are listed in the order they were applied: undo them from the last.
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip')
      decoders.push(zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    else if (coding === 'deflate') decoders.push(zlib.createInflate());
    else if (coding === 'br') decoders.push(zlib.createBrotliDecompress());
    else return []; // An encoding we cannot decode: keep the bytes as they came.
  }
  return decoders;
}

/** How body chunks travel from undici to the sink, with back-pressure both ways. */
interface BodyPath {
  /** False: undici must pause until `resume` is called. */
  push(chunk: Buffer): boolean;
  end(): Promise<void>;
  abort(): Promise<void>;
}

/** Identity encoding, the common case: chunks go straight to the sink, no streams involved. */
function directPath(sink: ChunkSink, resume: () => void, fail: (error: unknown) => void): BodyPath {
  let tail: Promise<void> = Promise.resolve();
  let busy = false;
  return {
    push(chunk) {
      // undici hands over an empty chunk when it resumes; waiting on it would spin forever.
      if (chunk.length === 0) return true;
      if (busy) {
        tail = tail.then(() => sink.write(chunk) ?? undefined);
        tail.catch(fail);
        return false;
      }
      const pending = sink.write(chunk);
      if (!pending) return true;
      busy = true;
      tail = pending.then(() => {
        busy = false;
        resume();
      });
      tail.catch(fail);
      return false;
    },
    async end() {
      await tail;
      await sink.finish();
    },
    async abort() {
      await tail.catch(() => undefined);
      await sink.finish();
    },
  };
}

/** Compressed bodies: wire → decoders → sink as a stream pipeline. */
function streamPath(
  sink: ChunkSink,
  decoders: Transform[],
  resume: () => void,
  fail: (error: unknown) => void,
): BodyPath {
  const wire = new Readable({ read: () => resume() });
  const done = (pipeline as (...streams: (Readable | Writable | Transform)[]) => Promise<void>)(
    wire,
    ...decoders,
    sinkStream(sink),
  );
  // A decoder or sink failure (bad gzip, disk full) stops the download.
  done.catch(fail);
  return {
    push: (chunk) => wire.push(chunk),
    async end() {
      wire.push(null);
      await done;
    },
    async abort() {
      wire.destroy();
      await done.catch(() => undefined);
      await sink.finish();
    },
  };
}

export function startHop(
  dispatcher: Dispatcher,
  request: HopRequest,
  control: HopControl & { readonly sockets: SocketClaims },
  noBody: boolean,
): HopHandle {
  const moments: HopMoments = {
    dns: 0,
    connect: 0,
    tls: 0,
    reused: false,
    headersWritten: null,
    requestSent: null,
    firstByte: null,
    headersReceived: null,
    ended: null,
  };
  let abortUndici: ((error: Error) => void) | null = null;
  let pendingAbort: Error | null = null;
  let response: HopResponse | null = null;
  let body: BodyPath | null = null;
  let total: number | null = null;
  let settle!: (outcome: HopOutcome) => void;
  let settled = false;
  const done = new Promise<HopOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
  });
  const phase = (): ExchangePhase => (response ? 'body' : moments.headersWritten !== null ? 'waiting' : 'connecting');

  const finishBody = (error: unknown) => {
    moments.ended = performance.now();
    const closing = body ? (error ? body.abort() : body.end()) : Promise.resolve();
    void closing.then(
      () => settle({ response, error, phase: error ? 'body' : phase(), moments }),
      (bodyError: unknown) => settle({ response, error: error ?? bodyError, phase: 'body', moments }),
    );
  };

  // undici calls onRequestSent on legacy handlers although its types do not list it.
  const handler: Dispatcher.DispatchHandler & { onRequestSent(): void } = {
    onConnect(abort) {
      abortUndici = (error) => abort(error);
      if (pendingAbort) {
        abort(pendingAbort);
        return;
      }
      control.sockets.expect((socket) => {
        const timings = claimSocketTimings(socket);
        Object.assign(moments, timings);
        moments.headersWritten = performance.now();
      });
    },
    onRequestSent() {
      moments.requestSent = performance.now();
    },
    onResponseStarted() {
      moments.firstByte = performance.now();
    },
    onHeaders(statusCode, rawHeaders, resume, statusText) {
      if (statusCode < 200) return true; // 1xx informational: the real response follows.
      moments.headersReceived = performance.now();
      moments.firstByte ??= moments.headersReceived;
      const headers: [string, string][] = [];
      let headerBytes = `HTTP/1.1 ${statusCode} ${statusText}\r\n\r\n`.length;
      for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
        const name = rawHeaders[index]!.toString('latin1');
        const value = rawHeaders[index + 1]!.toString('latin1');
        headers.push([name, value]);
        headerBytes += name.length + value.length + 4;
      }
      response = { status: statusCode, statusText: statusText ?? '', headers, headerBytes, wireBytes: 0 };
      const sink = control.sinkFor(response);
      const lengthHeader = headerValue(headers, 'content-length');
      total = lengthHeader !== undefined && Number.isFinite(Number(lengthHeader)) ? Number(lengthHeader) : null;
      const decoders = noBody ? [] : decoderFor(headerValue(headers, 'content-encoding') ?? '');
      const fail = (error: unknown) => abortUndici?.(error instanceof Error ? error : new Error(String(error)));
      body = decoders.length === 0 ? directPath(sink, resume, fail) : streamPath(sink, decoders, resume, fail);
      control.onProgress?.(0, total);
      return true;
    },
    onData(chunk) {
      if (!response || !body) return true;
      response.wireBytes += chunk.length;
      // After the push: a progress report may read the body's first bytes, this chunk included.
      const more = body.push(chunk);
      control.onProgress?.(response.wireBytes, total);
      return more;
    },
    onComplete() {
      finishBody(null);
    },
    onError(error) {
      if (!response) {
        moments.ended = performance.now();
        settle({ response: null, error, phase: phase(), moments });
        return;
      }
      finishBody(error);
    },
  };

  try {
    dispatcher.dispatch(
      {
        origin: request.url.origin,
        path: `${request.url.pathname}${request.url.search}`,
        method: request.method,
        headers: request.headers.flat(),
        body: request.body,
      },
      handler,
    );
  } catch (error) {
    settle({ response: null, error, phase: 'connecting', moments });
  }

  return {
    done,
    abort(reason) {
      if (abortUndici) abortUndici(reason);
      else {
        // Still queued or connecting: undici offers no handle yet, so answer now and abort when it connects.
        pendingAbort = reason;
        settle({ response: null, error: reason, phase: phase(), moments });
      }
    },
  };
}
