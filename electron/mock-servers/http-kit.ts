/**
 * The little HTTP toolkit every mock server is built on: listen on 127.0.0.1, read the body in
 * whatever form the client sent (JSON, urlencoded, multipart, query), apply fault switches, reply.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage } from '../../shared/values';

export interface MockRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: http.IncomingHttpHeaders;
  readonly rawBody: Buffer;
  /** Query parameters merged with urlencoded or multipart form fields (form wins). */
  readonly fields: Readonly<Record<string, string>>;
  /** The body parsed as JSON when the client sent JSON, else undefined. */
  readonly json: unknown;
  readonly remoteAddress: string;
}

export interface MockResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** Switches tests flip to provoke faults. Every mock honours these; providers add their own. */
export interface CommonFaults {
  /** Added before every response. */
  latencyMs: number;
  /** The next N requests get this response instead of the real one. */
  failNext: { count: number; response: MockResponse } | null;
}

export interface MockServerHandle {
  readonly baseUrl: string;
  readonly port: number;
  readonly faults: CommonFaults;
  /** How many requests reached the server since start or the last reset (tests count logins with it). */
  requestCount(): number;
  close(): Promise<void>;
}

export type MockHandler = (request: MockRequest) => MockResponse | Promise<MockResponse>;

export function json(status: number, value: unknown, headers: Record<string, string> = {}): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

async function readFields(
  method: string,
  url: URL,
  headers: http.IncomingHttpHeaders,
  rawBody: Buffer,
): Promise<{ fields: Record<string, string>; json: unknown }> {
  const fields: Record<string, string> = Object.fromEntries(url.searchParams);
  // Media types compare case-insensitively; the multipart boundary is case-sensitive, so it keeps its case.
  const rawType = String(headers['content-type'] ?? '');
  const type = rawType.toLowerCase();
  let parsedJson: unknown;
  if (
    rawBody.length > 0 &&
    (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data'))
  ) {
    // The WHATWG Request parser handles both encodings, multipart boundaries included.
    const request = new Request(url, {
      method: method === 'GET' || method === 'HEAD' ? 'POST' : method,
      headers: { 'content-type': rawType },
      body: new Uint8Array(rawBody),
    });
    const form = await request.formData();
    form.forEach((value, key) => {
      fields[key] = typeof value === 'string' ? value : value.name;
    });
  } else if (rawBody.length > 0 && type.includes('json')) {
    try {
      parsedJson = JSON.parse(rawBody.toString('utf8'));
    } catch {
      parsedJson = undefined;
    }
  }
  return { fields, json: parsedJson };
}

export async function startMockHttpServer(
  handler: MockHandler,
  options: { port?: number } = {},
): Promise<MockServerHandle> {
  const faults: CommonFaults = { latencyMs: 0, failNext: null };
  let count = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      count += 1;
      try {
        const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
        const rawBody = Buffer.concat(chunks);
        const { fields, json: parsedJson } = await readFields(req.method ?? 'GET', url, req.headers, rawBody);
        if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
        let response: MockResponse;
        if (faults.failNext && faults.failNext.count > 0) {
          faults.failNext.count -= 1;
          response = faults.failNext.response;
          if (faults.failNext.count === 0) faults.failNext = null;
        } else {
          response = await handler({
            method: req.method ?? 'GET',
            url,
            headers: req.headers,
            rawBody,
            fields,
            json: parsedJson,
            remoteAddress: req.socket.remoteAddress ?? '',
          });
        }
        res.writeHead(response.status, response.headers ?? {});
        res.end(response.body ?? '');
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`Mock server error: ${errorMessage(error)}`);
      }
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    faults,
    requestCount: () => count,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
