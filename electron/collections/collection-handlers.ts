import type { MainDialogs } from '../dialogs/dialogs';
import type { Handlers } from '../ipc/router';
import type { VariableStore } from '../environments/variable-store';
import type { CollectionStore } from './collection-store';

type CollectionHandlers = Pick<
  Handlers,
  | 'collections.list'
  | 'collections.save'
  | 'collections.delete'
  | 'collections.undoDelete'
  | 'collections.rename'
  | 'collections.duplicate'
  | 'collections.move'
  | 'collections.reorder'
  | 'collections.createFolder'
  | 'collections.renameFolder'
  | 'collections.updateFolder'
  | 'collections.chooseFolder'
>;

export function createCollectionHandlers(
  store: CollectionStore,
  variables: VariableStore,
  root: () => string,
  setFolder: (dir: string) => void,
  dialogs: Pick<MainDialogs, 'openFolder'>,
): CollectionHandlers {
  return {
    'collections.list': () => store.list(),
    'collections.save': (input) => store.save(input),
    'collections.delete': async ({ file }) => ({ deleted: await store.remove(file) }),
    'collections.undoDelete': ({ file }) => store.undoRemove(file),
    'collections.rename': ({ file, name }) => store.rename(file, name),
    'collections.duplicate': ({ file }) => store.duplicate(file),
    'collections.move': ({ file, folder, index }) => store.move(file, folder, index),
    'collections.reorder': async ({ folder, order }) => {
      await store.reorder(folder, order);
      return { ok: true };
    },
    'collections.createFolder': async ({ parent, name }) => ({ folder: await store.createFolder(parent, name) }),
    'collections.renameFolder': async ({ folder, name }) => ({ folder: await store.renameFolder(folder, name) }),
    'collections.updateFolder': async ({ folder, variables: inputs, ...patch }) => {
      if (inputs) {
        const plain = inputs.map((v) => ({
          name: v.name,
          value: v.secret ? '' : (v.value ?? ''),
          secret: v.secret ?? false,
        }));
        // The folder file first: a folder that does not exist (or cannot be written) refuses the call before
        // any secret is stored. The file names secrets without a value; the vault then holds the values.
        const updated = await store.updateFolder(folder, { ...patch, variables: plain });
        variables.setFolderSecrets(root(), folder, inputs);
        return updated;
      }
      return store.updateFolder(folder, patch);
    },
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
