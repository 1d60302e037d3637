/**
 * The request engine: HttpRequestSpec in, Exchange out. Plain Node on undici keep-alive pools — the
 * app's main process, the CLI and the bench all use this one. Redirects are followed here (not by an
 * undici interceptor) so every hop is recorded; deadlines, cancel and the body cap end in a classified error.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { BodySlice } from '../../shared/http/body-slice';
import type { HeaderList, HttpRequestSpec, TransportOptions } from '../../shared/http/types';
import type { Settings } from '../../shared/settings';
import { FOLDER_MODE } from '../store/data-folder';
import { redactBodyFile, redactBytes } from './body-redaction';
import { BodySink, discardSink, type ChunkSink } from './body-sink';
import { createBodyStore, type BodyBytesRead } from './body-store';
import { createDispatcherCache } from './dispatchers';
import {
  bodyCapError,
  cancelledError,
  classifyError,
  EngineError,
  totalTimeoutError,
  type ExchangePhase,
} from './errors';
import { finishedExchange, type Exchange } from './exchange';
import { guardDecoded, isEncoded, watchIdle } from './guards';
import { createSocketClaims, startHop, type HopHandle, type HopResponse } from './hop';
import { createRedirectTrail } from './redirects';
import { hasHeader, prepareBody } from './request-body';
import { errorMessage } from '../../shared/values';
import { headerValue } from '../../shared/http/headers';

export interface SendOptions {
  readonly signal?: AbortSignal;
  /** Unset: the settings' default (a request without a profile). */
  readonly tlsVerify?: boolean;
  readonly transport?: TransportOptions;
  readonly onProgress?: (received: number, total: number | null) => void;
  /** The final response's status and headers arrived; its body is about to stream into `head`. */
  readonly onResponseStart?: (start: ResponseStart) => void;
  /**
   * The request carries credentials: a redirect to another origin is not followed (the 3xx is the answer),
   * so no header, query or body field the provider applied reaches a server the profile does not name.
   */
  readonly sameOriginRedirectsOnly?: boolean;
  /** The request's secrets: a body that goes to a file is masked as it is written, whatever its size. */
  readonly sensitive?: readonly string[];
}

/** A response whose body is still arriving. */
export interface ResponseStart {
  readonly responseId: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: HeaderList;
  /** The body's first bytes received so far (at most FILE_PREVIEW_BYTES). */
  head(): Buffer;
}

export interface HttpEngine {
  send(spec: HttpRequestSpec, options: SendOptions): Promise<Exchange>;
  readBody(responseId: string, offset: number, length: number): Promise<BodySlice | null>;
  /** The exact bytes of a stored body, for saving it; null when it is gone. */
  readBodyBytes(responseId: string, offset: number, length: number): Promise<BodyBytesRead | null>;
  bodyFile(responseId: string): Promise<string | null>;
  /** Masks secrets the server echoed in a stored body, before anyone reads it. */
  redactBody(responseId: string, sensitive: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export interface HttpEngineOptions {
  readonly bodiesDir: string;
  readonly settings: () => Settings;
}

/** How many bodies' masking is remembered between a send and its pipeline's `redactBody`. */
const MASKED_MEMORY = 64;

export function createHttpEngine(options: HttpEngineOptions): HttpEngine {
  mkdirSync(options.bodiesDir, { recursive: true, mode: FOLDER_MODE });
  const pools = createDispatcherCache();
  const bodies = createBodyStore(options.bodiesDir);
  const sockets = createSocketClaims();
  /** The secrets each recent body file was masked with as it was written, so it is not rewritten for them. */
  const maskedAtWrite = new Map<string, ReadonlySet<string>>();
  const rememberMasked = (responseId: string, sensitive: readonly string[] | undefined) => {
    if (!sensitive?.length) return;
    maskedAtWrite.set(responseId, new Set(sensitive));
    for (const id of maskedAtWrite.keys()) {
      if (maskedAtWrite.size <= MASKED_MEMORY) break;
      maskedAtWrite.delete(id);
    }
  };

  async function send(spec: HttpRequestSpec, sendOptions: SendOptions): Promise<Exchange> {
    const started = performance.now();
    const settings = options.settings();
    const transport = sendOptions.transport ?? {};
    const totalTimeoutMs = transport.totalTimeoutMs ?? settings.totalTimeoutMs;
    const connectTimeoutMs = transport.connectTimeoutMs ?? settings.connectTimeoutMs;
    const idleTimeoutMs = transport.idleTimeoutMs ?? settings.idleTimeoutMs;
    const responseId = randomUUID();
    rememberMasked(responseId, sendOptions.sensitive);
    const failed = (error: unknown, phase: ExchangePhase, url = spec.url): Exchange => ({
      response: null,
      error: classifyError(error, { url, phase }),
      sentHeaders: spec.headers,
      bodyText: async () => null,
    });

    let firstUrl: URL;
    try {
      firstUrl = new URL(spec.url);
      if (firstUrl.protocol !== 'http:' && firstUrl.protocol !== 'https:')
        throw new Error(`${firstUrl.protocol} is not http: or https:`);
    } catch (error) {
      const reason = errorMessage(error);
      return failed(
        new EngineError(
          'invalid-url',
          `"${spec.url}" is not a URL Parley can send to (${reason}).`,
          'Write a full URL starting with http:// or https://.',
          'ERR_INVALID_URL',
        ),
        'connecting',
      );
    }
    let prepared;
    try {
      prepared = await prepareBody(spec.body, spec.headers);
    } catch (error) {
      return failed(error, 'connecting');
    }

    let dispatcher;
    try {
      const pool = await pools.get({
        verifyTls: sendOptions.tlsVerify ?? settings.tlsVerify,
        connectTimeoutMs,
        proxyUrl: settings.proxyUrl,
        useSystemProxy: settings.useSystemProxy,
        caFile: settings.caFile,
      });
      dispatcher = pool.dispatcher;
    } catch (error) {
      return failed(
        new EngineError(
          'file',
          `The CA file ${settings.caFile} could not be read (${errorMessage(error)}).`,
          'Choose the CA file again in Settings, or clear it.',
        ),
        'connecting',
      );
    }
    let current: HopHandle | null = null;
    let stopReason: Error | null = null;
    const stop = (reason: Error) => {
      stopReason ??= reason;
      current?.abort(stopReason);
    };
    const onAbort = () => stop(cancelledError());
    if (sendOptions.signal?.aborted) onAbort();
    sendOptions.signal?.addEventListener('abort', onAbort, { once: true });
    const deadline = setTimeout(() => stop(totalTimeoutError(totalTimeoutMs)), totalTimeoutMs);
    const idle = watchIdle(idleTimeoutMs, stop);
    const onProgress = (received: number, total: number | null) => {
      idle.progress(received);
      sendOptions.onProgress?.(received, total);
    };

    let sink: BodySink | null = null;
    const trail = createRedirectTrail(
      { url: firstUrl, method: spec.method, headers: prepared.headers, keepBody: true },
      {
        follow: transport.followRedirects ?? settings.followRedirects,
        max: transport.maxRedirects ?? settings.maxRedirects,
        allowDowngrade: transport.allowDowngrade ?? false,
        sameOriginOnly: sendOptions.sameOriginRedirectsOnly ?? false,
      },
    );
    try {
      for (;;) {
        const { url, method, headers, keepBody } = trail.target;
        if (stopReason) return failed(stopReason, 'connecting', url.href);
        const wireHeaders: HeaderList = hasHeader(headers, 'host') ? headers : [['Host', url.host], ...headers];
        const hopSink = (response: HopResponse): ChunkSink => {
          let follows = false;
          try {
            follows = trail.nextHop(response) !== null;
          } catch {
            // An unreadable Location: reported when the hop ends.
          }
          if (follows) return discardSink;
          sink = new BodySink({
            filePath: bodies.pathFor(responseId),
            thresholdBytes: settings.bodyFileThresholdBytes,
            capBytes: settings.bodyCapBytes,
            sensitive: sendOptions.sensitive ?? [],
            onCap: () => stop(bodyCapError(settings.bodyCapBytes)),
          });
          const started = sink;
          sendOptions.onResponseStart?.({
            responseId,
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
            head: () => started.headBytes(),
          });
          return isEncoded(headerValue(response.headers, 'content-encoding'))
            ? guardDecoded(sink, response, stop)
            : sink;
        };
        current = startHop(
          dispatcher,
          { url, method, headers, body: keepBody ? prepared.prepared.open() : null },
          { sinkFor: hopSink, onProgress, sockets },
          method === 'HEAD',
        );
        if (stopReason) current.abort(stopReason);
        const outcome = await current.done;
        const response = outcome.response;
        if (!response)
          return { ...failed(stopReason ?? outcome.error, outcome.phase, url.href), sentHeaders: wireHeaders };
        const next = outcome.error ? null : trail.nextHop(response);
        if (next) {
          trail.follow(response, next);
          continue;
        }
        const error = stopReason ?? outcome.error;
        const exchange = finishedExchange(
          {
            response,
            moments: outcome.moments,
            sink,
            error: error ? classifyError(error, { url: url.href, phase: outcome.phase }) : null,
            sentHeaders: wireHeaders,
            url,
            redirects: trail.redirects,
            started,
            responseId,
          },
          bodies,
        );
        const stoppedRedirect = trail.stopped;
        return stoppedRedirect ? { ...exchange, stoppedRedirect } : exchange;
      }
    } catch (error) {
      return failed(error, 'connecting', trail.target.url.href);
    } finally {
      clearTimeout(deadline);
      idle.stop();
      sendOptions.signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    send,
    readBody: (responseId, offset, length) => bodies.read(responseId, offset, length),
    readBodyBytes: (responseId, offset, length) => bodies.readBytes(responseId, offset, length),
    bodyFile: (responseId) => bodies.file(responseId),
    async redactBody(responseId, sensitive) {
      const kept = bodies.inMemory(responseId);
      if (kept) bodies.keep(responseId, redactBytes(kept, sensitive));
      const file = await bodies.file(responseId);
      const masked = maskedAtWrite.get(responseId);
      maskedAtWrite.delete(responseId);
      // Secrets learnt from the answer itself (a token the server issued) were not known while it was written.
      const unmasked = sensitive.filter((secret) => !masked?.has(secret));
      if (file && unmasked.length > 0) await redactBodyFile(file, unmasked);
    },
    close: async () => {
      sockets.dispose();
      await pools.close();
    },
  };
}
