/** The exchange as the pipeline sees it, built from the last hop's response and what its body sink kept. */
import type { BodyInfo, RedirectHop, ResponseMeta, Timings, TransportErrorInfo } from '../../shared/http/response';
import type { HeaderList } from '../../shared/http/types';
import { headerValue } from '../../shared/http/headers';
import type { BodySink } from './body-sink';
import { sliceText, type BodyStore } from './body-store';
import { cookiesFrom } from './cookies';
import type { HopMoments, HopResponse } from './hop';
import type { StoppedRedirect } from './redirects';

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

export interface FinishedHop {
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

/** A body kept in memory is handed to `bodies` so it can be read (and masked) by id like a file. */
export function finishedExchange(last: FinishedHop, bodies: Pick<BodyStore, 'keep'>): Exchange {
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
