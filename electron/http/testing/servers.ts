/** Loopback servers for the engine's tests and the bench: plain HTTP, HTTPS with a fresh self-signed cert, raw TCP. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TestServer {
  readonly port: number;
  /** http(s)://127.0.0.1:port */
  readonly origin: string;
  close(): Promise<void>;
}

export type RequestListener = (request: http.IncomingMessage, response: http.ServerResponse) => void;

async function listen(server: net.Server, scheme: string): Promise<TestServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    origin: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        (server as http.Server).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export function startHttpServer(listener: RequestListener): Promise<TestServer> {
  return listen(http.createServer(listener), 'http');
}

export interface SelfSignedCertificate {
  readonly key: string;
  readonly cert: string;
}

/** A self-signed certificate for CN=localhost, made with openssl at test time. */
export function selfSignedCertificate(): SelfSignedCertificate {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=localhost/O=Parley Test',
        '-days',
        '2',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function startHttpsServer(certificate: SelfSignedCertificate, listener: RequestListener): Promise<TestServer> {
  return listen(https.createServer({ key: certificate.key, cert: certificate.cert }, listener), 'https');
}

/** A TCP server that hands each socket to `onSocket` and speaks no protocol by itself. */
export function startTcpServer(onSocket: (socket: net.Socket) => void): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    onSocket(socket);
  });
  return listen(server, 'tcp').then((handle) => ({
    ...handle,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return handle.close();
    },
  }));
}

/** Reads a request body whole (the tests compare it byte for byte). */
export function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
