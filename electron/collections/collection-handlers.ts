import { stat } from 'node:fs/promises';
import type { MainDialogs } from '../dialogs/dialogs';
import type { Handlers } from '../ipc/router';
import type { VariableStore } from '../environments/variable-store';
import { absolute } from './collection-paths';
import type { CollectionStore } from './collection-store';

const isFolder = (dir: string) =>
  stat(dir).then(
    (found) => found.isDirectory(),
    () => false,
  );

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
        // Secret values go to the vault first; the folder file then names them without a value. A folder
        // that is gone gets nothing stored: updateFolder below says it no longer exists.
        if (await isFolder(absolute(root(), folder))) variables.setFolderSecrets(root(), folder, inputs);
        const plain = inputs.map((v) => ({
          name: v.name,
          value: v.secret ? '' : (v.value ?? ''),
          secret: v.secret ?? false,
        }));
        return store.updateFolder(folder, { ...patch, variables: plain });
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
