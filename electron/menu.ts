import type { MenuItemConstructorOptions } from 'electron';

/** The usual menus: Edit's roles make copy/paste work in every field, View has reload and zoom. */
export function appMenuTemplate(platform: string, appName: string): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${appName}`, role: 'about' }] },
  ];
  return mac ? [{ role: 'appMenu' }, ...template] : template;
}
