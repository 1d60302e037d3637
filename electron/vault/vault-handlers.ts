import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HandlerError } from '../../shared/ipc/errors';
import type { Handlers } from '../ipc/router';
import type { MainDialogs } from '../dialogs/dialogs';
import { confirmProfileChange, confirmTlsOffImports, type ProfileHome } from './risky-changes';
import type { Vault } from './vault';

type ProfileChannel =
  | 'profiles.list'
  | 'profiles.get'
  | 'profiles.create'
  | 'profiles.update'
  | 'profiles.duplicate'
  | 'profiles.delete'
  | 'profiles.undoDelete'
  | 'profiles.reorder'
  | 'profiles.lastUsed.get'
  | 'profiles.lastUsed.set'
  | 'profiles.export'
  | 'profiles.import'
  | 'profiles.authState'
  | 'vault.status'
  | 'vault.consent';

/** The vault over IPC. Every output is a ProfileView or a status: secretsFor is deliberately absent. */
export function createProfileHandlers(
  vault: Vault,
  dialogs: MainDialogs,
  homeOf?: ProfileHome,
): Pick<Handlers, ProfileChannel> {
  return {
    'profiles.list': ({ providerId }) => vault.list(providerId),
    'profiles.get': ({ id }) => {
      const found = vault.get(id);
      if (!found) throw new HandlerError('not-found', 'This profile no longer exists (it may have been deleted).');
      return found;
    },
    'profiles.create': (input) => vault.create(input),
    'profiles.update': async ({ id, patch }) => {
      const current = vault.get(id);
      if (current) await confirmProfileChange(dialogs, current, patch, homeOf);
      return vault.update(id, patch);
    },
    'profiles.duplicate': ({ id }) => vault.duplicate(id),
    'profiles.delete': ({ id }) => vault.remove(id),
    'profiles.undoDelete': ({ id }) => vault.undoRemove(id),
    'profiles.reorder': ({ providerId, ids }) => vault.reorder(providerId, ids),
    'profiles.lastUsed.get': ({ providerId }) => vault.lastUsed(providerId),
    'profiles.lastUsed.set': ({ providerId, profileId }) => vault.setLastUsed(providerId, profileId),
    'profiles.export': async ({ ids, passphrase }) => {
      const file = await vault.exportProfiles(ids, passphrase);
      // Main writes the file: the renderer never holds the sealed secrets it could open with the passphrase.
      const target = await dialogs.saveFile({
        title: 'Export profiles',
        defaultName: file.fileName,
        filters: [{ name: 'Parley profiles', extensions: ['json'] }],
      });
      if (!target) return { fileName: null };
      await writeFile(target, file.content, { encoding: 'utf8', mode: 0o600 });
      return { fileName: path.basename(target) };
    },
    'profiles.import': async ({ content, passphrase, existing }) => {
      await confirmTlsOffImports(dialogs, content);
      return vault.importProfiles(content, passphrase, existing);
    },
    'profiles.authState': ({ profileId }) => vault.authState(profileId),
    'vault.status': () => vault.status(),
    'vault.consent': ({ given }) => vault.setConsent(given),
  };
}
