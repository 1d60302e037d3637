/**
 * A loopback proxy that records every exchange byte for byte: what reached the server (method, target,
 * headers, body) and what it answered. Parley and a generated snippet both send through it, so a test
 * can compare what each of them sent and got.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedExchange {
  readonly method: string;
  readonly target: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
  readonly status: number;
  readonly responseBody: Buffer;
}

export interface RecordingProxy {
  readonly url: string;
  readonly exchanges: RecordedExchange[];
  close(): Promise<void>;
}

const pairs = (raw: readonly string[]) =>
  raw.flatMap((value, index) => (index % 2 === 0 ? [[value, raw[index + 1] ?? ''] as const] : []));

const readAll = async (stream: AsyncIterable<Buffer>) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
};

export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  const exchanges: RecordedExchange[] = [];
  const target = new URL(upstream);
  const server = http.createServer((request, response) => {
    void (async () => {
      const body = await readAll(request);
      const forwarded = http.request({
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: target.host },
      });
      forwarded.end(body);
      const answer = await new Promise<http.IncomingMessage>((resolve, reject) => {
        forwarded.on('response', resolve);
        forwarded.on('error', reject);
      });
      const responseBody = await readAll(answer);
      exchanges.push({
        method: request.method ?? '',
        target: request.url ?? '',
        headers: pairs(request.rawHeaders),
        body,
        status: answer.statusCode ?? 0,
        responseBody,
      });
      const headers = { ...answer.headers };
      delete headers['transfer-encoding'];
      response.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': String(responseBody.length) });
      response.end(responseBody);
    })().catch((error: unknown) => {
      response.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The parts of a multipart/form-data body: names, file names, types and exact bytes. */
export function multipartParts(body: Buffer, contentType: string) {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) throw new Error(`No boundary in ${contentType}`);
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: { headers: Record<string, string>; data: Buffer }[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    const chunk = body.subarray(start + 2, next - 2); // after CRLF, before CRLF--boundary
    const split = chunk.indexOf('\r\n\r\n');
    const headers = Object.fromEntries(
      chunk
        .subarray(0, split)
        .toString('utf8')
        .split('\r\n')
        .map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
        }),
    );
    parts.push({ headers, data: chunk.subarray(split + 4) });
    at = next;
  }
  return parts;
}
