/**
 * Scripted answers for main's dialogs, for unit tests and the e2e harness: each question is recorded,
 * and answered by the script (by default: confirm, and cancel every choice and picker).
 */
import type { ChoiceRequest, ConfirmRequest, MainDialogs, OpenRequest, SaveFileRequest } from './dialogs';

export type AskedDialog =
  | { readonly kind: 'confirm'; readonly request: ConfirmRequest }
  | { readonly kind: 'choose'; readonly request: ChoiceRequest }
  | { readonly kind: 'saveFile'; readonly request: SaveFileRequest }
  | { readonly kind: 'openFile'; readonly request: OpenRequest }
  | { readonly kind: 'openFolder'; readonly request: OpenRequest };

export interface DialogScript {
  confirm: (request: ConfirmRequest) => boolean;
  choose: (request: ChoiceRequest) => number | null;
  saveFile: (request: SaveFileRequest) => string | null;
  openFile: (request: OpenRequest) => string | null;
  openFolder: (request: OpenRequest) => string | null;
}

export interface DialogDouble extends MainDialogs {
  readonly asked: AskedDialog[];
  /** Changes how the next questions are answered. */
  readonly script: DialogScript;
}

export function createDialogDouble(script: Partial<DialogScript> = {}): DialogDouble {
  const asked: AskedDialog[] = [];
  const current: DialogScript = {
    confirm: () => true,
    choose: () => null,
    saveFile: () => null,
    openFile: () => null,
    openFolder: () => null,
    ...script,
  };
  return {
    asked,
    script: current,
    confirm: async (request) => {
      asked.push({ kind: 'confirm', request });
      return current.confirm(request);
    },
    choose: async (request) => {
      asked.push({ kind: 'choose', request });
      return current.choose(request);
    },
    saveFile: async (request) => {
      asked.push({ kind: 'saveFile', request });
      return current.saveFile(request);
    },
    openFile: async (request) => {
      asked.push({ kind: 'openFile', request });
      return current.openFile(request);
    },
    openFolder: async (request) => {
      asked.push({ kind: 'openFolder', request });
      return current.openFolder(request);
    },
  };
}
