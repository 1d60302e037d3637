import type { MainDialogs } from '../dialogs/dialogs';
import type { Handlers } from '../ipc/router';
import type { CollectionStore } from './collection-store';

export function createCollectionHandlers(
  store: CollectionStore,
  setFolder: (dir: string) => void,
  dialogs: Pick<MainDialogs, 'openFolder'>,
): Pick<Handlers, 'collections.list' | 'collections.save' | 'collections.delete' | 'collections.chooseFolder'> {
  return {
    'collections.list': () => store.list(),
    'collections.save': (input) => store.save(input),
    'collections.delete': async ({ file }) => ({ deleted: await store.remove(file) }),
    'collections.chooseFolder': async () => {
      // The folder comes from the user's pick in main, never from a path the renderer names.
      const dir = await dialogs.openFolder({ title: 'Choose the collection folder' });
      if (!dir) return null;
      setFolder(dir);
      await store.watch();
      return store.list();
    },
  };
}
