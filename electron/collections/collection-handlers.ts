import path from 'node:path';
import type { Handlers } from '../ipc/router';
import type { CollectionStore } from './collection-store';

export function createCollectionHandlers(
  store: CollectionStore,
  setFolder: (dir: string) => void,
): Pick<Handlers, 'collections.list' | 'collections.save' | 'collections.delete' | 'collections.setFolder'> {
  return {
    'collections.list': () => store.list(),
    'collections.save': (input) => store.save(input),
    'collections.delete': async ({ file }) => ({ deleted: await store.remove(file) }),
    'collections.setFolder': async ({ dir }) => {
      setFolder(path.resolve(dir));
      await store.watch();
      return store.list();
    },
  };
}
