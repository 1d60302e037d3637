/**
 * main's dialogs as Electron's native ones, attached to the app window when there is one. The shell
 * passes Electron's `dialog` in, so this file loads without Electron.
 */
import type { BrowserWindow, Dialog, MessageBoxOptions } from 'electron';
import type { MainDialogs } from './dialogs';

export function createElectronDialogs(dialog: Dialog, window: () => BrowserWindow | null): MainDialogs {
  const parent = () => window() ?? undefined;
  const filters = (list: readonly { name: string; extensions: readonly string[] }[] | undefined) =>
    list?.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
  const showMessageBox = async (options: MessageBoxOptions) => {
    const owner = parent();
    return (owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options)).response;
  };
  return {
    async confirm({ title, message, detail, confirmLabel }) {
      const options = {
        type: 'warning' as const,
        title,
        message,
        detail,
        buttons: ['Cancel', confirmLabel],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      return (await showMessageBox(options)) === 1;
    },
    async choose({ title, message, detail, choices }) {
      const options = {
        type: 'question' as const,
        title,
        message,
        detail,
        buttons: [...choices, 'Cancel'],
        defaultId: choices.length,
        cancelId: choices.length,
        noLink: true,
      };
      const response = await showMessageBox(options);
      return response < choices.length ? response : null;
    },
    async saveFile({ title, defaultName, filters: list }) {
      const options = { title, defaultPath: defaultName, filters: filters(list) };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openFile({ title, filters: list }) {
      const options = { title, filters: filters(list), properties: ['openFile' as const] };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openFolder({ title }) {
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
