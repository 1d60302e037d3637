/**
 * Turns whatever went wrong (a Node errno, an undici error, a zlib failure, our own deadlines) into one
 * classified TransportErrorInfo with words a user understands and a hint they can act on.
 */
import type { Timings, TransportErrorInfo, TransportErrorKind } from '../../shared/http/response';
import { ConnectTimeoutError, TlsVerificationError } from './connector';
import { errorMessage } from '../../shared/values';

/** A failure the engine decided on itself (deadline, cap, redirect loop, cancel, bad URL). */
export class EngineError extends Error {
  constructor(
    readonly kind: TransportErrorKind,
    message: string,
    readonly hint: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** Where the exchange was when it failed: the same errno means different things in different phases. */
export type ExchangePhase = 'connecting' | 'waiting' | 'body';

const tlsReasons: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the chain contains a self-signed certificate that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the issuer of the certificate is unknown',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer of the certificate is not trusted on this computer',
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate is for a different host name',
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** undici wraps socket errors; the errno that explains them sits in `cause`. */
function rootCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const code = errorCode(current);
    if (code && !code.startsWith('UND_ERR')) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return errorCode(error);
}

export function classifyError(
  error: unknown,
  context: { url: string; phase: ExchangePhase; timings?: Partial<Timings> },
): TransportErrorInfo {
  const base = (kind: TransportErrorKind, message: string, hint: string, code?: string): TransportErrorInfo => ({
    kind,
    message,
    hint,
    ...(code ? { code } : {}),
    ...(context.timings ? { timings: context.timings } : {}),
  });
  const host = (() => {
    try {
      return new URL(context.url).host;
    } catch {
      return context.url;
    }
  })();

  if (error instanceof EngineError) return base(error.kind, error.message, error.hint, error.code);
  if (error instanceof TlsVerificationError) {
    const reason = tlsReasons[error.reason] ?? error.reason;
    const cert = error.certificate;
    const detail = cert
      ? ` Certificate: subject ${cert.subject}; issuer ${cert.issuer}; valid ${cert.validFrom} – ${cert.validTo}.`
      : '';
    return {
      ...base(
        'tls',
        `The TLS certificate of ${host} was rejected: ${reason}.${detail}`,
        'If you trust this server (a local or staging host), turn off TLS verification for this profile; otherwise fix the certificate on the server.',
        error.reason,
      ),
      ...(cert ? { certificate: cert } : {}),
    };
  }
  if (error instanceof ConnectTimeoutError) {
    return base(
      'timeout-connect',
      `No connection to ${host} within ${error.timeoutMs} ms.`,
      'Check the host and port, a firewall or VPN, or raise the connect timeout in Settings.',
      error.code,
    );
  }

  const code = rootCode(error);
  const undiciCode = errorCode(error);
  const message = errorMessage(error);
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
    case 'EAI_FAIL':
      return base(
        'dns',
        `The host name ${host} could not be resolved.`,
        'Check the spelling of the host, your DNS settings or VPN.',
        code,
      );
    case 'ECONNREFUSED':
      return base('refused', `${host} refused the connection.`, 'Is the server running, and on this port?', code);
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return base(
        'timeout-connect',
        `Connecting to ${host} timed out.`,
        'Check the host and port, a firewall or VPN, or raise the connect timeout in Settings.',
        code,
      );
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
    case 'ERR_BROTLI_DECOMPRESSION_FAILED':
    case 'ERR__ERROR_FORMAT_PADDING_1':
      return base(
        'decode',
        `The response body could not be decompressed (${message}).`,
        'The server labels the body with a Content-Encoding it does not match: report it, or send Accept-Encoding: identity.',
        code,
      );
    case 'ENOENT':
    case 'EACCES':
    case 'EISDIR':
      return base(
        'file',
        `A file could not be read: ${message}`,
        'Check the path of the file you attached to the body.',
        code,
      );
    default:
      break;
  }
  if (code?.startsWith('ERR_SSL') || code === 'EPROTO' || code?.startsWith('ERR_TLS')) {
    return base(
      'tls',
      `The TLS handshake with ${host} failed: ${message}`,
      'The server may not speak HTTPS on this port, or needs a protocol version or cipher this app does not offer.',
      code,
    );
  }
  if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' || undiciCode === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') {
    return base(
      'truncated',
      `The response from ${host} ended before the length it announced.`,
      'The server or a proxy cut the response short; try again, and check the server log.',
      undiciCode,
    );
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || undiciCode === 'UND_ERR_SOCKET') {
    if (context.phase === 'body') {
      return base(
        'truncated',
        `The connection to ${host} closed before the response body was complete.`,
        'The server or a proxy cut the response short; try again, and check the server log.',
        code,
      );
    }
    return base(
      'reset',
      `${host} closed the connection without answering.`,
      'The server crashed or dropped the request (a wrong protocol — HTTP vs HTTPS — does this too). Check the server log.',
      code,
    );
  }
  if (undiciCode === 'UND_ERR_HEADERS_OVERFLOW' || code === 'HPE_HEADER_OVERFLOW') {
    return base(
      'headers-too-large',
      `The response headers from ${host} are larger than Parley accepts (a normal answer has a few dozen).`,
      'The server or a proxy sends an absurd number or size of headers; check the server, or report it.',
      undiciCode ?? code,
    );
  }
  if (undiciCode === 'UND_ERR_INVALID_ARG') {
    return base(
      'unknown',
      `The request could not be built: ${message}`,
      'A header name or value contains characters HTTP does not allow.',
      undiciCode,
    );
  }
  if (code?.startsWith('HPE_')) {
    return base(
      'truncated',
      `The response from ${host} is not valid HTTP (${message}).`,
      'The server sent a malformed response; check that the URL points at an HTTP server.',
      code,
    );
  }
  return base(
    'unknown',
    message || 'The request failed.',
    'Try again; if it keeps failing, the code below helps searching for the cause.',
    code,
  );
}

export function cancelledError(): EngineError {
  return new EngineError('cancelled', 'The request was cancelled.', 'Send it again when you are ready.');
}

export function totalTimeoutError(timeoutMs: number): EngineError {
  return new EngineError(
    'timeout-total',
    `The exchange took longer than the total timeout of ${timeoutMs} ms.`,
    "The server is slow or the body is large: raise the total timeout in this request's Options or in Settings.",
    'PARLEY_TOTAL_TIMEOUT',
  );
}

export function bodyCapError(capBytes: number): EngineError {
  return new EngineError(
    'body-cap',
    `The body reached the cap of ${capBytes} bytes; the download stopped and what arrived is kept.`,
    'Raise "Stop downloads at" in Settings if you need the whole body.',
    'PARLEY_BODY_CAP',
  );
}
