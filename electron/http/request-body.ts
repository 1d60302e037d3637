/**
 * BodySpec → bytes undici can send. Files (a whole-file body, multipart parts) are streamed from disk,
 * never read whole; their length is computed up front so the server gets a Content-Length.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { BodySpec, HeaderList } from '../../shared/http/types';

export interface PreparedBody {
  /** A fresh body each call: a redirect that keeps the body (307/308) sends it again. */
  open(): string | Buffer | Readable | null;
  /** Headers the body needs that the user did not give (Content-Type, Content-Length). */
  readonly headers: HeaderList;
}

export function hasHeader(headers: HeaderList, name: string): boolean {
  const lower = name.toLowerCase();
  return headers.some(([key]) => key.toLowerCase() === lower);
}

/** WHATWG form-data escaping of names in Content-Disposition. */
function escapeQuoted(value: string): string {
  return value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

type MultipartChunk = { readonly bytes: Buffer } | { readonly filePath: string; readonly size: number };

async function multipartChunks(
  parts: Extract<BodySpec, { kind: 'multipart' }>['parts'],
  boundary: string,
): Promise<MultipartChunk[]> {
  const chunks: MultipartChunk[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(part.name)}"`;
    if ('filePath' in part) {
      const info = await stat(part.filePath);
      head += `; filename="${escapeQuoted(part.fileName ?? path.basename(part.filePath))}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`;
      chunks.push(
        { bytes: Buffer.from(head, 'utf8') },
        { filePath: part.filePath, size: info.size },
        { bytes: Buffer.from('\r\n') },
      );
    } else {
      chunks.push({ bytes: Buffer.from(`${head}\r\n\r\n${part.value}\r\n`, 'utf8') });
    }
  }
  chunks.push({ bytes: Buffer.from(`--${boundary}--\r\n`) });
  return chunks;
}

async function* streamChunks(chunks: readonly MultipartChunk[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) {
    if ('bytes' in chunk) yield chunk.bytes;
    else yield* createReadStream(chunk.filePath, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>;
  }
}

function boundaryOf(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * Returns the body and the final header list: the user's headers untouched (order, case, duplicates),
 * followed by the ones the body needs and the user left out.
 */
export async function prepareBody(
  body: BodySpec,
  userHeaders: HeaderList,
): Promise<{ prepared: PreparedBody; headers: HeaderList }> {
  const added: [string, string][] = [];
  const headers: [string, string][] = userHeaders.map(([k, v]) => [k, v]);
  const contentType = (value: string) => {
    if (!hasHeader(userHeaders, 'content-type')) added.push(['Content-Type', value]);
  };
  const contentLength = (size: number) => {
    if (!hasHeader(userHeaders, 'content-length') && !hasHeader(userHeaders, 'transfer-encoding'))
      added.push(['Content-Length', String(size)]);
  };
  let open: PreparedBody['open'];
  switch (body.kind) {
    case 'none':
      open = () => null;
      break;
    case 'json':
    case 'text': {
      contentType(body.kind === 'json' ? 'application/json' : (body.contentType ?? 'text/plain; charset=utf-8'));
      const bytes = Buffer.from(body.text, 'utf8');
      contentLength(bytes.length);
      open = () => bytes;
      break;
    }
    case 'form': {
      contentType('application/x-www-form-urlencoded');
      const bytes = Buffer.from(
        new URLSearchParams(body.fields.map((field) => [field.name, field.value])).toString(),
        'utf8',
      );
      contentLength(bytes.length);
      open = () => bytes;
      break;
    }
    case 'file': {
      const info = await stat(body.path);
      if (!info.isFile()) throw Object.assign(new Error(`${body.path} is not a file`), { code: 'EISDIR' });
      contentType(body.contentType ?? 'application/octet-stream');
      contentLength(info.size);
      open = () => createReadStream(body.path, { highWaterMark: 256 * 1024 });
      break;
    }
    case 'multipart': {
      const userType = headers.find(([key]) => key.toLowerCase() === 'content-type');
      let boundary = userType ? boundaryOf(userType[1]) : null;
      if (!boundary) {
        boundary = `----ParleyBoundary${randomBytes(12).toString('hex')}`;
        // A multipart body is unreadable without its boundary, so a bare user Content-Type gets one.
        if (userType) userType[1] = `${userType[1]}; boundary=${boundary}`;
        else added.push(['Content-Type', `multipart/form-data; boundary=${boundary}`]);
      }
      const chunks = await multipartChunks(body.parts, boundary);
      contentLength(chunks.reduce((sum, chunk) => sum + ('bytes' in chunk ? chunk.bytes.length : chunk.size), 0));
      open = () => Readable.from(streamChunks(chunks), { objectMode: false });
      break;
    }
  }
  const allHeaders = [...headers, ...added];
  return { prepared: { open, headers: added }, headers: allHeaders };
}
