import { HandlerError } from '../../shared/ipc/errors';
import type { Handlers } from '../ipc/router';
import type { HttpEngine } from './engine';

export function createResponseHandlers(engine: Pick<HttpEngine, 'readBody'>): Pick<Handlers, 'response.body.read'> {
  return {
    'response.body.read': async ({ responseId, offset, length }) => {
      const slice = await engine.readBody(responseId, offset, length);
      // Small bodies live in a bounded memory cache: an old one may be gone; history keeps its preview.
      if (!slice) throw new HandlerError('not-found', 'This response body is no longer available. Send the request again to read it.');
      return slice;
    },
  };
}
