/** Assembles the collection store from settings and the vault's profile names and secrets. */
import path from 'node:path';
import type { MainDeps } from '../deps';
import type { SettingsRepository } from '../settings/settings-handlers';
import { createCollectionHandlers } from './collection-handlers';
import { createCollectionStore, type CollectionStoreDeps } from './collection-store';

export type CollectionsVault = Pick<CollectionStoreDeps, 'profileIdByName' | 'profileName' | 'secrets'>;

const noProfiles: CollectionsVault = { profileIdByName: () => null, profileName: () => null, secrets: () => [] };

export function createCollections(
  deps: Pick<MainDeps, 'paths' | 'emit' | 'dialogs'>,
  settings: SettingsRepository,
  vault: CollectionsVault = noProfiles,
) {
  const folder = () => settings.read().collectionsDir || path.join(deps.paths.data, 'collections');
  const store = createCollectionStore({
    folder,
    ...vault,
    onChange: (dir) => deps.emit('collections.changed', { dir }),
  });
  const ready = store.watch().catch(() => undefined);
  return {
    handlers: createCollectionHandlers(store, (dir) => settings.update({ collectionsDir: dir }), deps.dialogs),
    async dispose() {
      await ready;
      store.close();
    },
  };
}
