/**
 * Main's dialogs where nobody can answer (the CLI runner, contract kits): every confirmation is refused,
 * every choice and picker cancelled, so a secret never goes to another origin without a person saying yes.
 */
import type { MainDialogs } from './dialogs';

export const headlessDialogs: MainDialogs = {
  confirm: async () => false,
  choose: async () => null,
  saveFile: async () => null,
  openFile: async () => null,
  openFolder: async () => null,
};
