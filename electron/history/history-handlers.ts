import { HandlerError } from '../../shared/ipc/errors';
import type { Handlers } from '../ipc/router';
import type { HistoryStore } from './store';

export function createHistoryHandlers(
  history: HistoryStore,
): Pick<Handlers, 'history.list' | 'history.get' | 'history.delete' | 'history.clear'> {
  return {
    'history.list': (query) => history.list(query),
    'history.get': async ({ id }) => {
      const entry = await history.get(id);
      if (!entry) throw new HandlerError('not-found', 'This history entry no longer exists.');
      return entry;
    },
    'history.delete': async ({ id }) => ({ deleted: await history.remove(id) }),
    'history.clear': async () => {
      await history.clear();
      return { cleared: true };
    },
  };
}
