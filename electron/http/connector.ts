/**
 * The socket factory behind the engine's undici pools. It exists for two reasons undici's own connector
 * cannot serve: it measures DNS, TCP connect and TLS handshake per socket, and when verification fails it
 * reports the certificate the server presented (subject, issuer, validity, reason) instead of a bare code.
 */
import dns from 'node:dns';
import net, { type LookupFunction } from 'node:net';
import tls from 'node:tls';
import type buildConnector from 'undici/types/connector';
import type { CertificateInfo } from '../../shared/http/response';

export interface SocketTimings {
  readonly dns: number;
  readonly connect: number;
  readonly tls: number;
  /** Set once a request has reported these timings: later requests on the socket reused it. */
  claimed: boolean;
}

/** The timings travel on the socket itself, so they live and die with it and no registry outlives an engine. */
const socketTimings = Symbol('parley.socketTimings');
type TimedSocket = net.Socket & { [socketTimings]?: SocketTimings };

/** The connection phases of a fresh socket, once: a reused socket reports zeros. */
export function claimSocketTimings(socket: net.Socket): { dns: number; connect: number; tls: number; reused: boolean } {
  const timings = (socket as TimedSocket)[socketTimings];
  if (!timings || timings.claimed) return { dns: 0, connect: 0, tls: 0, reused: true };
  timings.claimed = true;
  return { dns: timings.dns, connect: timings.connect, tls: timings.tls, reused: false };
}

/** Certificate verification failed; carries what the server presented. */
export class TlsVerificationError extends Error {
  readonly code: string;
  constructor(
    readonly reason: string,
    readonly certificate: CertificateInfo | null,
  ) {
    super(`TLS certificate rejected: ${reason}`);
    this.name = 'TlsVerificationError';
    this.code = reason;
  }
}

/** The connect phase did not finish in time (DNS + TCP + TLS). */
export class ConnectTimeoutError extends Error {
  readonly code = 'PARLEY_CONNECT_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`Connecting took longer than ${timeoutMs} ms`);
    this.name = 'ConnectTimeoutError';
  }
}

export function describeCertificate(certificate: tls.PeerCertificate): CertificateInfo | null {
  if (!certificate || Object.keys(certificate).length === 0) return null;
  const name = (entries: Record<string, string | string[] | undefined> | undefined) =>
    Object.entries(entries ?? {})
      .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : value}`)
      .join(', ');
  return {
    subject: name(certificate.subject as unknown as Record<string, string>),
    issuer: name(certificate.issuer as unknown as Record<string, string>),
    validFrom: certificate.valid_from,
    validTo: certificate.valid_to,
    fingerprint256: certificate.fingerprint256,
  };
}

export interface ConnectorOptions {
  readonly verifyTls: boolean;
  readonly timeoutMs: number;
}

export function createTimedConnector({ verifyTls, timeoutMs }: ConnectorOptions): buildConnector.connector {
  return ({ hostname, protocol, port, servername }, callback) => {
    const started = performance.now();
    let dnsMs = 0;
    let tcpDone = 0;
    let settled = false;
    const lookup: LookupFunction = (host, options, done) => {
      const lookupStart = performance.now();
      dns.lookup(host, options, (error, address, family) => {
        dnsMs += performance.now() - lookupStart;
        (done as (e: NodeJS.ErrnoException | null, a: string | dns.LookupAddress[], f?: number) => void)(
          error,
          address,
          family,
        );
      });
    };
    // undici passes IPv6 literals bracketed; net wants them bare.
    const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
    const portNumber = Number(port) || (protocol === 'https:' ? 443 : 80);
    const common = {
      host,
      port: portNumber,
      lookup,
      autoSelectFamily: true,
      noDelay: true,
      keepAlive: true,
      keepAliveInitialDelay: 60_000,
    };
    const socket: net.Socket =
      protocol === 'https:'
        ? tls.connect({
            ...common,
            servername: net.isIP(host) ? undefined : (servername ?? host),
            ALPNProtocols: ['http/1.1'],
            // Verification happens below so a failure can report the certificate the server sent.
            rejectUnauthorized: false,
          })
        : net.connect(common);

    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.off('error', finish);
      if (error) {
        socket.destroy();
        callback(error, null);
        return;
      }
      const now = performance.now();
      const connectEnd = tcpDone || now;
      (socket as TimedSocket)[socketTimings] = {
        dns: dnsMs,
        connect: Math.max(0, connectEnd - started - dnsMs),
        tls: protocol === 'https:' ? now - connectEnd : 0,
        claimed: false,
      };
      callback(null, socket);
    };
    const timer = setTimeout(() => finish(new ConnectTimeoutError(timeoutMs)), timeoutMs);
    socket.once('error', finish);
    socket.once('connect', () => {
      tcpDone = performance.now();
      if (protocol !== 'https:') finish(null);
    });
    if (socket instanceof tls.TLSSocket) {
      socket.once('secureConnect', () => {
        if (verifyTls && !socket.authorized) {
          const reason = String(socket.authorizationError ?? 'UNKNOWN_VERIFICATION_ERROR');
          finish(new TlsVerificationError(reason, describeCertificate(socket.getPeerCertificate())));
          return;
        }
        finish(null);
      });
    }
  };
}
