import type { BodyBytes } from '../../shared/ipc/channels/response';
import { HandlerError } from '../../shared/ipc/errors';
import type { ClipboardPort } from '../deps';
import type { MainDialogs } from '../dialogs/dialogs';
import type { Handlers } from '../ipc/router';
import { createBodyRows } from './body-rows';
import { BODY_GONE as GONE, createBodyFileHandlers, createResultBodies } from './body-file-handlers';
import type { HttpEngine } from './engine';
import type { JsonPathRunner } from './jsonpath-runner';

/** One string of this many characters is near V8's limit; a larger body is saved to a file instead. */
export const MAX_COPY_BYTES = 256 * 1024 * 1024;
const COPY_READ_BYTES = 16 * 1024 * 1024;

type ResponseHandlers = Pick<
  Handlers,
  | 'response.body.read'
  | 'response.body.bytes'
  | 'response.body.rows'
  | 'response.body.find'
  | 'response.body.copy'
  | 'response.body.jsonpath'
  | 'response.body.save'
>;

export interface ResponseHandlerDeps {
  readonly clipboard?: ClipboardPort;
  readonly dialogs: MainDialogs;
  readonly jsonPath: JsonPathRunner;
  /** The largest body JSONPath parses (MAX_JSONPATH_BYTES unless a test says otherwise). */
  readonly maxJsonPathBytes?: number;
}

export function createResponseHandlers(
  engine: Pick<HttpEngine, 'readBody' | 'readBodyBytes' | 'bodyFile'>,
  { clipboard, dialogs, jsonPath, maxJsonPathBytes }: ResponseHandlerDeps,
): ResponseHandlers {
  // JSONPath results are read as rows like a body, from memory, under their own ids.
  const results = createResultBodies();
  const rows = createBodyRows(
    async (id, offset, length) => results.readBytes(id, offset, length) ?? engine.readBodyBytes(id, offset, length),
  );
  return {
    ...createBodyFileHandlers(engine, { dialogs, jsonPath, results, maxJsonPathBytes }),
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
            `This body is ${Math.round(read.totalBytes / 1024 / 1024)} MB, more than the clipboard can take at once (${MAX_COPY_BYTES / 1024 / 1024} MB). Use "Save body as…" to keep it as a file.`,
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
