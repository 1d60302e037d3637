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
import { createEnvironmentCaptures } from '../environments/capture-to-environment';
import type { SettingsRepository } from '../settings/settings-handlers';
import { createCollectionHandlers } from './collection-handlers';
import { createCollectionStore, type CollectionStoreDeps } from './collection-store';
import { createImportHandlers } from '../import/import-handlers';
import type { ImportProfiles } from '../import/import-profiles';
import { createOpenCollections } from './open-collections';

export type CollectionsVault = Pick<CollectionStoreDeps, 'profileIdByName' | 'profileName' | 'secrets'> & {
  readonly status?: () => VaultStatus;
  /** Where imports store the provider credentials they find. */
  readonly profiles?: ImportProfiles;
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
  const storeDeps = {
    profileIdByName: vault.profileIdByName,
    profileName: vault.profileName,
    secrets: () => [...vault.secrets(), ...variables.allSecrets()],
  };
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
  const setFolder = (dir: string) => settings.update({ collectionsDir: dir });
  const open = createOpenCollections(deps, {
    current: folder,
    async makeCurrent(dir) {
      setFolder(dir);
      await store.watch();
      deps.emit('collections.changed', { dir });
    },
    listOther: (dir) => createCollectionStore({ ...storeDeps, folder: () => dir, onChange: () => undefined }).list(),
    pickFolder: () => deps.dialogs.openFolder({ title: 'Open a collection folder beside the current one' }),
  });
  return {
    handlers: {
      ...createCollectionHandlers(store, variables, folder, setFolder, deps.dialogs),
      'collections.openFolders': () => open.view(),
      'collections.addFolder': () => open.add(),
      'collections.removeFolder': ({ dir }: { readonly dir: string }) => open.remove(dir),
      'collections.switchFolder': ({ dir }: { readonly dir: string }) => open.switchTo(dir),
      ...createVariableHandlers(variables, layers, folder),
      ...createImportHandlers({
        folder,
        variables,
        dialogs: deps.dialogs,
        list: () => store.list(),
        ...(vault.profiles ? { profiles: vault.profiles } : {}),
      }),
    },
    layers,
    /** Every secret value the collections know (profile secrets and secret variables), for masking. */
    secretValues: (): string[] => [...vault.secrets(), ...variables.allSecrets()].map((s) => s.value),
    folder,
    captures: createEnvironmentCaptures(variables, folder),
    async dispose() {
      await ready;
      store.close();
    },
  };
}
