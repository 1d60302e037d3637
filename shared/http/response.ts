/** What crosses IPC about a response or a transport failure. Bodies never cross whole: see `body`. */
import type { HeaderList } from './types';

export interface Timings {
  /** Milliseconds per phase, measured. 0 when the phase did not happen (reused socket, plain HTTP). */
  readonly dns: number;
  readonly connect: number;
  readonly tls: number;
  /** Request written → first byte of the response. */
  readonly ttfb: number;
  readonly download: number;
  readonly total: number;
}

export interface RedirectHop {
  readonly url: string;
  readonly status: number;
  readonly location: string;
}

export interface Cookie {
  readonly name: string;
  readonly value: string;
  readonly attributes: Readonly<Record<string, string | true>>;
}

export interface BodyInfo {
  /** The first slice of the decoded body as text (the whole body when small). */
  readonly preview: string;
  /** Decoded size in bytes. */
  readonly size: number;
  /** Bytes on the wire (before gzip/br decoding). */
  readonly wireSize: number;
  /** True when the body was streamed to a file; read more with response.body.read. */
  readonly inFile: boolean;
  /** True when the download stopped at the cap: what arrived is kept. */
  readonly truncated: boolean;
  readonly contentType: string;
  /** Looks like text (utf-8 decodable, a text/json/xml type). */
  readonly isText: boolean;
}

export interface ResponseMeta {
  /** Id for reading the body in slices and for history. */
  readonly id: string;
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly httpVersion: string;
  readonly headers: HeaderList;
  readonly cookies: readonly Cookie[];
  readonly timings: Timings;
  readonly headerBytes: number;
  readonly body: BodyInfo;
  readonly redirects: readonly RedirectHop[];
  readonly receivedAt: string;
}

export type TransportErrorKind =
  | 'invalid-url'
  | 'dns'
  | 'refused'
  | 'reset'
  | 'timeout-connect'
  | 'timeout-total'
  | 'timeout-idle'
  | 'tls'
  | 'too-many-redirects'
  | 'redirect-refused'
  | 'headers-too-large'
  | 'body-cap'
  | 'truncated'
  | 'decode'
  | 'cancelled'
  | 'file'
  | 'unknown';

export interface CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly fingerprint256: string;
}

export interface TransportErrorInfo {
  readonly kind: TransportErrorKind;
  /** What happened, in words a user understands. */
  readonly message: string;
  /** What the user can do about it. */
  readonly hint: string;
  /** The low-level code (ECONNREFUSED, UND_ERR_CONNECT_TIMEOUT…) for the curious. */
  readonly code?: string;
  readonly certificate?: CertificateInfo;
  /** Timings up to the failure. */
  readonly timings?: Partial<Timings>;
}
