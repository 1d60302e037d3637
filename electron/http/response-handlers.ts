import type { BodyBytes } from '../../shared/ipc/channels/response';
import { HandlerError } from '../../shared/ipc/errors';
import type { ClipboardPort } from '../deps';
import type { Handlers } from '../ipc/router';
import { createBodyRows } from './body-rows';
import type { HttpEngine } from './engine';

// Small bodies live in a bounded memory cache: an old one may be gone; history keeps its preview.
const GONE = 'This response body is no longer available. Send the request again to read it.';

/** One string of this many characters is near V8's limit; a larger body is saved to a file instead. */
export const MAX_COPY_BYTES = 256 * 1024 * 1024;
const COPY_READ_BYTES = 16 * 1024 * 1024;

type ResponseHandlers = Pick<
  Handlers,
  'response.body.read' | 'response.body.bytes' | 'response.body.rows' | 'response.body.find' | 'response.body.copy'
>;

export function createResponseHandlers(
  engine: Pick<HttpEngine, 'readBody' | 'readBodyBytes'>,
  clipboard?: ClipboardPort,
): ResponseHandlers {
  const rows = createBodyRows(engine.readBodyBytes);
  return {
    'response.body.read': async ({ responseId, offset, length }) => {
      const slice = await engine.readBody(responseId, offset, length);
      if (!slice) throw new HandlerError('not-found', GONE);
      return slice;
    },
    'response.body.bytes': async ({ responseId, offset, length }): Promise<BodyBytes> => {
      const read = await engine.readBodyBytes(responseId, offset, length);
      if (!read) throw new HandlerError('not-found', GONE);
      if (offset > read.totalBytes) {
        throw new HandlerError(
          'not-found',
          `Offset ${offset} is past the end of this body (${read.totalBytes} bytes).`,
        );
      }
      const nextOffset = offset + read.bytes.length;
      return {
        base64: read.bytes.toString('base64'),
        offset,
        nextOffset,
        totalBytes: read.totalBytes,
        eof: nextOffset >= read.totalBytes,
      };
    },
    'response.body.rows': async ({ responseId, from, count, view }) => {
      const page = await rows.page(responseId, from, count, view);
      if (!page) throw new HandlerError('not-found', GONE);
      return page;
    },
    'response.body.find': async ({ responseId, query, fromRow, view }) => {
      const found = await rows.find(responseId, query, fromRow, view);
      if (!found) throw new HandlerError('not-found', GONE);
      return found;
    },
    'response.body.copy': async ({ responseId }) => {
      if (!clipboard) throw new HandlerError('not-found', 'The clipboard is not available in this build.');
      const parts: Buffer[] = [];
      let offset = 0;
      for (;;) {
        const read = await engine.readBodyBytes(responseId, offset, COPY_READ_BYTES);
        if (!read) throw new HandlerError('not-found', GONE);
        if (read.totalBytes > MAX_COPY_BYTES) {
          throw new HandlerError(
            'conflict',
            `This body is ${Math.round(read.totalBytes / 1024 / 1024)} MB, more than the clipboard can take at once (${MAX_COPY_BYTES / 1024 / 1024} MB). Use "Save body" to keep it as a file.`,
          );
        }
        parts.push(read.bytes);
        offset += read.bytes.length;
        if (read.bytes.length === 0 || offset >= read.totalBytes) break;
      }
      const bytes = Buffer.concat(parts);
      clipboard.writeText(bytes.toString('utf8'));
      return { bytes: bytes.length };
    },
  };
}
