/**
 * The request engine: HttpRequestSpec in, Exchange out. Plain Node on undici keep-alive pools — the
 * app's main process, the CLI and the bench all use this one. Redirects are followed here (not by an
 * undici interceptor) so every hop is recorded; deadlines, cancel and the body cap end in a classified error.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { BodyInfo, RedirectHop, ResponseMeta, Timings, TransportErrorInfo } from '../../shared/http/response';
import type { BodySlice } from '../../shared/http/body-slice';
import type { HeaderList, HttpMethod, HttpRequestSpec, TransportOptions } from '../../shared/http/types';
import type { Settings } from '../../shared/settings';
import { FOLDER_MODE } from '../store/data-folder';
import { redactBodyFile, redactBytes } from './body-redaction';
import { BodySink, discardSink, type ChunkSink } from './body-sink';
import { createBodyStore, sliceText, type BodyBytesRead } from './body-store';
import { cookiesFrom } from './cookies';
import { createDispatcherCache } from './dispatchers';
import { cancelledError, classifyError, EngineError, totalTimeoutError, type ExchangePhase } from './errors';
import { guardDecoded, isEncoded, watchIdle } from './guards';
import { createSocketClaims, startHop, type HopHandle, type HopMoments, type HopResponse } from './hop';
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

/** A redirect the engine chose not to follow, and why. */
export interface StoppedRedirect {
  readonly location: string;
  readonly reason: 'cross-origin' | 'downgrade';
}

export interface Exchange {
  readonly response: ResponseMeta | null;
  readonly error: TransportErrorInfo | null;
  /** The headers as written on the wire: Host first, then the request's own, then what the body added. */
  readonly sentHeaders: HeaderList;
  /** Set when the final response is a redirect Parley refused to follow. */
  readonly stoppedRedirect?: StoppedRedirect;
  /** The whole decoded body as text when it was kept in memory; null when it went to a file. */
  bodyText(): Promise<string | null>;
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
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TEXT_TYPE =
  /^(text\/|application\/([\w.+-]*\+)?(json|xml|javascript|x-www-form-urlencoded|graphql|yaml|x-yaml|csv|problem\+json))/i;

export function looksLikeText(contentType: string, head: Buffer): boolean {
  if (TEXT_TYPE.test(contentType.trim())) return true;
  if (contentType && !/octet-stream/i.test(contentType)) return false;
  return !head.subarray(0, 4096).includes(0);
}

function round(ms: number): number {
  return Math.max(0, Math.round(ms * 1000) / 1000);
}

function timingsOf(moments: HopMoments, started: number): Timings {
  const end = moments.ended ?? performance.now();
  const sent = moments.requestSent ?? moments.headersWritten;
  return {
    dns: round(moments.dns),
    connect: round(moments.connect),
    tls: round(moments.tls),
    ttfb: sent !== null && moments.firstByte !== null ? round(moments.firstByte - sent) : 0,
    download: moments.headersReceived !== null ? round(end - moments.headersReceived) : 0,
    total: round(end - started),
  };
}

/** The request after a redirect: 303 (and 301/302 for POST, as browsers do) become a bodiless GET. */
function redirected(
  method: HttpMethod,
  status: number,
  from: URL,
  to: URL,
  headers: HeaderList,
): { method: HttpMethod; keepBody: boolean; headers: HeaderList } {
  const toGet = status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST';
  const crossOrigin = from.origin !== to.origin;
  const dropped = new Set<string>([
    ...(toGet ? ['content-type', 'content-length', 'transfer-encoding'] : []),
    ...(crossOrigin ? ['authorization', 'cookie', 'proxy-authorization'] : []),
    'host',
  ]);
  return {
    method: toGet ? 'GET' : method,
    keepBody: !toGet,
    headers: headers.filter(([name]) => !dropped.has(name.toLowerCase())),
  };
}

/** Where a Location points; only http(s) targets are followed (never file:, javascript:, data:…). */
function redirectTarget(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new EngineError(
      'redirect-refused',
      `${from.host} redirected to a Location that is not a URL, so Parley did not follow it.`,
      "Turn off Follow redirects (in Settings, or in this request's Options) to see the raw answer, and report the broken Location to the server owner.",
      'PARLEY_REDIRECT_INVALID',
    );
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new EngineError(
      'redirect-refused',
      `${from.host} redirected to a ${next.protocol} URL; Parley follows redirects only to http: and https:.`,
      'A server has no business sending you to a local file or a script: treat this answer as suspicious.',
      'PARLEY_REDIRECT_SCHEME',
    );
  }
  return next;
}

interface FinishedHop {
  readonly response: HopResponse;
  readonly moments: HopMoments;
  readonly sink: BodySink | null;
  readonly error: TransportErrorInfo | null;
  /** The headers as written on the wire (Host included). */
  readonly sentHeaders: HeaderList;
  readonly url: URL;
  readonly redirects: RedirectHop[];
  /** performance.now() when the send began. */
  readonly started: number;
  readonly responseId: string;
}

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
    const followRedirects = transport.followRedirects ?? settings.followRedirects;
    const maxRedirects = transport.maxRedirects ?? settings.maxRedirects;
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

    let url: URL;
    try {
      url = new URL(spec.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`${url.protocol} is not http: or https:`);
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

    const redirects: RedirectHop[] = [];
    let method = spec.method;
    let headers = prepared.headers;
    let keepBody = true;
    let sink: BodySink | null = null;
    let stoppedRedirect: StoppedRedirect | undefined;
    /** The next hop's URL when this response is a redirect to follow; records why one is not followed. */
    const nextHop = (response: HopResponse): URL | null => {
      const location = headerValue(response.headers, 'location');
      if (!followRedirects || !REDIRECT_STATUSES.has(response.status) || !location) return null;
      const next = redirectTarget(location, url);
      const reason =
        url.protocol === 'https:' && next.protocol === 'http:' && !transport.allowDowngrade
          ? 'downgrade'
          : sendOptions.sameOriginRedirectsOnly && next.origin !== new URL(spec.url).origin
            ? 'cross-origin'
            : null;
      stoppedRedirect = reason ? { location: next.href, reason } : undefined;
      return reason ? null : next;
    };
    try {
      for (;;) {
        if (stopReason) return failed(stopReason, 'connecting', url.href);
        const wireHeaders: HeaderList = hasHeader(headers, 'host') ? headers : [['Host', url.host], ...headers];
        const hopSink = (response: HopResponse): ChunkSink => {
          let follows = false;
          try {
            follows = nextHop(response) !== null;
          } catch {
            // An unreadable Location: reported when the hop ends.
          }
          if (follows) return discardSink;
          sink = new BodySink({
            filePath: bodies.pathFor(responseId),
            thresholdBytes: settings.bodyFileThresholdBytes,
            capBytes: settings.bodyCapBytes,
            sensitive: sendOptions.sensitive ?? [],
            onCap: () =>
              stop(
                new EngineError(
                  'body-cap',
                  `The body reached the cap of ${settings.bodyCapBytes} bytes; the download stopped and what arrived is kept.`,
                  'Raise "Stop downloads at" in Settings if you need the whole body.',
                  'PARLEY_BODY_CAP',
                ),
              ),
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
        const next = outcome.error ? null : nextHop(response);
        if (next) {
          redirects.push({
            url: url.href,
            status: response.status,
            location: headerValue(response.headers, 'location') ?? '',
          });
          if (redirects.length > maxRedirects) {
            throw new EngineError(
              'too-many-redirects',
              `Stopped after ${maxRedirects} redirects (the last one pointed to ${next.href}).`,
              "The server redirects in a loop, or needs a cookie/login first. Turn off Follow redirects (in Settings, or in this request's Options) to look at one hop.",
              'PARLEY_TOO_MANY_REDIRECTS',
            );
          }
          ({ method, keepBody, headers } = redirected(method, response.status, url, next, headers));
          url = next;
          continue;
        }
        const error = stopReason ?? outcome.error;
        const exchange = finish({
          response,
          moments: outcome.moments,
          sink,
          error: error ? classifyError(error, { url: url.href, phase: outcome.phase }) : null,
          sentHeaders: wireHeaders,
          url,
          redirects,
          started,
          responseId,
        });
        return stoppedRedirect ? { ...exchange, stoppedRedirect } : exchange;
      }
    } catch (error) {
      return failed(error, 'connecting', url.href);
    } finally {
      clearTimeout(deadline);
      idle.stop();
      sendOptions.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The exchange as the pipeline sees it, from the last hop's response and what its body sink kept. */
  function finish(last: FinishedHop): Exchange {
    const { response, moments, sink, error, sentHeaders, url, redirects, started, responseId } = last;
    const timings = timingsOf(moments, started);
    const contentType = headerValue(response.headers, 'content-type') ?? '';
    const head = sink?.previewBytes() ?? Buffer.alloc(0);
    const isText = looksLikeText(contentType, head);
    const whole = sink?.bytes() ?? null;
    if (whole) bodies.keep(responseId, whole);
    const body: BodyInfo = {
      preview: isText ? sliceText(head, 0, sink?.inFile ? sink.size : head.length).text : '',
      size: sink?.size ?? 0,
      wireSize: response.wireBytes,
      inFile: sink?.inFile ?? false,
      truncated: error !== null,
      contentType,
      isText,
    };
    const meta: ResponseMeta = {
      id: responseId,
      url: url.href,
      status: response.status,
      statusText: response.statusText,
      httpVersion: '1.1',
      headers: response.headers,
      cookies: cookiesFrom(response.headers),
      timings,
      headerBytes: response.headerBytes,
      body,
      redirects,
      receivedAt: new Date().toISOString(),
    };
    return {
      response: meta,
      error: error ? { ...error, timings } : null,
      sentHeaders,
      bodyText: async () => (whole ? whole.toString('utf8') : null),
    };
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
