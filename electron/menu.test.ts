import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from './menu';

const platforms = ['linux', 'darwin', 'win32'] as const;

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const byLabel = (template: MenuItemConstructorOptions[], label: string) =>
  items(template).find((item) => item.label === label);

describe('the application menu', () => {
  it('binds Cmd/Ctrl+W to Parley’s Close Tab, never to a role that closes the window or quits', () => {
    for (const platform of platforms) {
      const template = appMenuTemplate(platform, 'Parley', vi.fn());
      const onW = items(template).filter((item) => item.accelerator === 'CmdOrCtrl+W');
      expect(onW.map((item) => item.label)).toEqual(['Close Tab']);
      expect(onW[0]?.role).toBeUndefined();
      const roles = items(template).map((item) => item.role);
      expect(roles).not.toContain('fileMenu');
      expect(roles).not.toContain('windowMenu');
      expect(byLabel(template, 'Close Window')?.accelerator).toBe('CmdOrCtrl+Shift+W');
    }
  });

  it('sends each workbench item’s command to the page, with its accelerator', () => {
    for (const platform of platforms) {
      const run = vi.fn();
      const template = appMenuTemplate(platform, 'Parley', run);
      const expected = [
        ['New Tab', 'CmdOrCtrl+T', 'tab.new'],
        ['Reopen Closed Tab', 'CmdOrCtrl+Shift+T', 'tab.reopen'],
        ['Save', 'CmdOrCtrl+S', 'request.save'],
        ['Import…', 'CmdOrCtrl+O', 'import.open'],
        [platform === 'darwin' ? 'Settings…' : 'Settings', 'CmdOrCtrl+,', 'settings.open'],
        ['Close Tab', 'CmdOrCtrl+W', 'tab.close'],
      ] as const;
      for (const [label, accelerator, command] of expected) {
        const item = byLabel(template, label);
        expect(item?.accelerator, `${platform} ${label}`).toBe(accelerator);
        run.mockClear();
        (item?.click as () => void)();
        expect(run).toHaveBeenCalledWith(command);
      }
    }
  });

  it('keeps the Edit and View menus, and macOS’s app menu with Settings and Quit', () => {
    for (const platform of platforms) {
      const roles = appMenuTemplate(platform, 'Parley', vi.fn()).map((item) => item.role);
      expect(roles).toEqual(expect.arrayContaining(['editMenu', 'viewMenu']));
    }
    const mac = appMenuTemplate('darwin', 'Parley', vi.fn());
    expect(mac[0]?.label).toBe('Parley');
    expect(items(mac).filter((item) => item.role === 'quit')).toHaveLength(1);
    expect(mac.find((item) => item.label === 'File')?.submenu).not.toContainEqual({ role: 'quit' });
  });
});
