import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { MainDialogs } from '../dialogs/dialogs';
import type { Handlers } from '../ipc/router';
import type { FileGrants } from './file-grants';

export function createFileHandlers(dialogs: MainDialogs, grants: FileGrants): Pick<Handlers, 'files.pick'> {
  return {
    'files.pick': async () => {
      const picked = await dialogs.openFile({ title: 'Choose a file to send' });
      if (!picked) return null;
      const info = await stat(picked);
      return { token: grants.grant(picked), name: path.basename(picked), size: info.size };
    },
  };
}
