/**
 * The variable layers a request sees, from the collection file it was opened from: globals, the
 * collection's own variables, its active environment, then each folder from the top down (see the order
 * in shared/environments/types.ts). Plain folder variables come from the folder files, secret ones from
 * the variable store.
 */
import type { LayerVariable, VariableLayer } from '../../shared/environments/layers';
import type { FolderFile } from '../../shared/collections/format';
import { absolute, folderOf, safeRelative } from '../collections/collection-paths';
import { emptyFolderSettings, readFolderSettings } from '../collections/folder-settings';
import type { VariableStore } from './variable-store';

export interface WorkspaceLayers {
  /** `collectionFile` is the request's path inside the collection, or null for an unsaved request. */
  layers(collectionFile: string | null): Promise<VariableLayer[]>;
  /** The folder chain of a file: '' (the top), then each folder down to the file's own. */
  folderChain(collectionFile: string | null): string[];
}

export function createWorkspaceLayers(
  store: Pick<VariableStore, 'globals' | 'activeEnvironment' | 'folderSecrets'>,
  collectionDir: () => string,
): WorkspaceLayers {
  const chain = (collectionFile: string | null): string[] => {
    if (!collectionFile) return [''];
    const parts = folderOf(safeRelative(collectionFile)).split('/').filter(Boolean);
    return ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))];
  };

  const folderLayer = (settings: FolderFile, secrets: Map<string, LayerVariable>): Map<string, LayerVariable> => {
    const variables = new Map<string, LayerVariable>();
    for (const variable of settings.variables)
      if (!variable.secret) variables.set(variable.name, { value: variable.value, secret: false, allowedOrigins: [] });
    for (const [name, secret] of secrets) variables.set(name, secret);
    return variables;
  };

  return {
    folderChain: chain,
    async layers(collectionFile) {
      const root = collectionDir();
      const folders = chain(collectionFile);
      const settings = await Promise.all(folders.map((f) => readFolderSettings(absolute(root, f))));
      const layers: VariableLayer[] = [{ label: 'global', variables: store.globals() }];
      const [top, ...inner] = folders.map((folder, i) => ({
        folder,
        variables: folderLayer(settings[i]?.settings ?? emptyFolderSettings(), store.folderSecrets(root, folder)),
      }));
      if (top) layers.push({ label: 'collection', variables: top.variables });
      const environment = store.activeEnvironment(root);
      if (environment) layers.push({ label: `environment ${environment.name}`, variables: environment.variables });
      for (const folder of inner) layers.push({ label: `folder ${folder.folder}`, variables: folder.variables });
      return layers;
    },
  };
}
