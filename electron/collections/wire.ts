/**
 * Assembles the collection store and the workspace variables from settings and the vault's profile
 * names and secrets.
 */
import path from 'node:path';
import type { VaultStatus } from '../../shared/profiles/vault-types';
import { variableNameFor } from '../../shared/request/credentials';
import type { MainDeps } from '../deps';
import { createVariableHandlers, originOf } from '../environments/variable-handlers';
import { createVariableStore } from '../environments/variable-store';
import { createWorkspaceLayers } from '../environments/workspace-layers';
import type { SettingsRepository } from '../settings/settings-handlers';
import { createCollectionHandlers } from './collection-handlers';
import { createCollectionStore, type CollectionStoreDeps } from './collection-store';
import { createImportHandlers } from '../import/import-handlers';

export type CollectionsVault = Pick<CollectionStoreDeps, 'profileIdByName' | 'profileName' | 'secrets'> & {
  readonly status?: () => VaultStatus;
};

const noProfiles: CollectionsVault = { profileIdByName: () => null, profileName: () => null, secrets: () => [] };
const keyStoreOnly = (): VaultStatus => ({ backend: 'unavailable', consentGiven: false, needsConsent: true });

export function createCollections(
  deps: Pick<MainDeps, 'paths' | 'emit' | 'openDocument' | 'cipher' | 'dialogs'>,
  settings: SettingsRepository,
  vault: CollectionsVault = noProfiles,
) {
  const folder = () => settings.read().collectionsDir || path.join(deps.paths.data, 'collections');
  const variables = createVariableStore(deps, vault.status ?? keyStoreOnly);
  const layers = createWorkspaceLayers(variables, folder);
  const store = createCollectionStore({
    folder,
    profileIdByName: vault.profileIdByName,
    profileName: vault.profileName,
    secrets: () => [...vault.secrets(), ...variables.allSecrets()],
    onChange: (dir) => deps.emit('collections.changed', { dir }),
    keepCredential: ({ name, value, url, folder: within }) => {
      const origin = originOf(url);
      try {
        return variables.addFolderSecret(folder(), within, variableNameFor(name), value, origin ? [origin] : []);
      } catch {
        // No way to store a secret here (no key store, no consent): the file gets a mask instead.
        return null;
      }
    },
  });
  const ready = store.watch().catch(() => undefined);
  return {
    handlers: {
      ...createCollectionHandlers(
        store,
        variables,
        folder,
        (dir) => settings.update({ collectionsDir: dir }),
        deps.dialogs,
      ),
      ...createVariableHandlers(variables, layers, folder),
      ...createImportHandlers({ folder, variables, dialogs: deps.dialogs, list: () => store.list() }),
    },
    layers,
    async dispose() {
      await ready;
      store.close();
    },
  };
}
