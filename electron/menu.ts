/**
 * The application menu, built item by item: File's and Window's roles would own Cmd/Ctrl+W and close the
 * window (on macOS, quit the app), so Close Tab and the other workbench items are Parley's own, and
 * choosing one sends its command to the page over the allow-listed `app.command` event.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/ipc/channels/app-events';

export function appMenuTemplate(
  platform: string,
  appName: string,
  run: (command: AppCommand) => void,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const item = (label: string, accelerator: string, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => run(command),
  });
  const settings = item(mac ? 'Settings…' : 'Settings', 'CmdOrCtrl+,', 'settings.open');
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item('New Tab', 'CmdOrCtrl+T', 'tab.new'),
      item('Reopen Closed Tab', 'CmdOrCtrl+Shift+T', 'tab.reopen'),
      item('Save', 'CmdOrCtrl+S', 'request.save'),
      { type: 'separator' },
      item('Import…', 'CmdOrCtrl+O', 'import.open'),
      ...(mac ? [] : [settings]),
      { type: 'separator' },
      item('Close Tab', 'CmdOrCtrl+W', 'tab.close'),
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: [
      { role: 'minimize' },
      ...(mac ? [{ role: 'zoom' as const }] : []),
      { label: 'Close Window', role: 'close', accelerator: 'CmdOrCtrl+Shift+W' },
      ...(mac ? [{ type: 'separator' as const }, { role: 'front' as const }] : []),
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    window,
    { role: 'help', submenu: [{ label: `About ${appName}`, role: 'about' }] },
  ];
  if (!mac) return template;
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [appMenu, ...template];
}
