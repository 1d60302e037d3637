import type { BodyBytes } from '../../shared/ipc/channels/response';
import { HandlerError } from '../../shared/ipc/errors';
import type { Handlers } from '../ipc/router';
import type { HttpEngine } from './engine';

// Small bodies live in a bounded memory cache: an old one may be gone; history keeps its preview.
const GONE = 'This response body is no longer available. Send the request again to read it.';

export function createResponseHandlers(
  engine: Pick<HttpEngine, 'readBody' | 'readBodyBytes'>,
): Pick<Handlers, 'response.body.read' | 'response.body.bytes'> {
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
  };
}
