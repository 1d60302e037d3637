/**
 * Runs electron/main.ts against a mocked `electron` module and checks what it wires: the single-instance
 * lock, the guarded window, the protocol, the IPC channels, events held until the page has loaded, the
 * data folder, load failures and quitting.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL } from '../shared/ipc/bridge';
import { channelNames } from '../shared/ipc/contract';

type Listener = (...args: unknown[]) => void;

const recorded = vi.hoisted(() => ({
  appData: '',
  calls: [] as string[],
  windows: [] as unknown[],
  handled: [] as string[],
  schemes: [] as unknown[],
  protocolHandled: [] as string[],
  ready: undefined as (() => Promise<void>) | undefined,
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  contentsListeners: new Map<string, (...args: unknown[]) => void>(),
  sent: [] as unknown[][],
  dialogs: [] as unknown[],
  quit: 0,
  permissionRequest: undefined as
    ((c: unknown, p: string, cb: (granted: boolean) => void, d: { requestingUrl: string }) => void) | undefined,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      send: (...args: unknown[]) => recorded.sent.push(args),
      on: (name: string, listener: Listener) => recorded.contentsListeners.set(name, listener),
      setWindowOpenHandler: vi.fn(),
      reload: vi.fn(),
    };
    constructor(options: unknown) {
      recorded.windows.push(options);
    }
    once() {}
    on() {}
    loadURL = vi.fn(async () => undefined);
  }
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => (recorded.calls.push('lock'), true),
      on: (name: string, listener: Listener) => recorded.appListeners.set(name, listener),
      quit: () => (recorded.quit += 1),
      setPath: (name: string, value: string) => recorded.calls.push(`setPath ${name} ${value}`),
      getPath: (name: string) => (name === 'appData' ? recorded.appData : path.join(recorded.appData, 'Parley')),
      getName: () => 'Parley',
      getVersion: () => '0.0.0',
      whenReady: () => ({ then: (fn: () => void) => (recorded.ready = async () => fn()) }),
    },
    BrowserWindow,
    dialog: {
      showMessageBox: async (options: unknown) => (recorded.dialogs.push(options), { response: 1 }),
      showMessageBoxSync: (_window: unknown, options: unknown) => (recorded.dialogs.push(options), 0),
    },
    ipcMain: { handle: (name: string) => recorded.handled.push(name) },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string) => recorded.protocolHandled.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof recorded.permissionRequest) =>
          (recorded.permissionRequest = handler),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
  };
});

vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    path = '/tmp/parley-main-test/store.json';
  },
}));

beforeAll(() => {
  recorded.appData = mkdtempSync(path.join(os.tmpdir(), 'parley-main-appdata-'));
  // A data folder from before the app had a productName: main moves it and tells the user.
  mkdirSync(path.join(recorded.appData, 'parley'));
});
afterAll(() => rmSync(recorded.appData, { recursive: true, force: true }));

describe('electron/main.ts', () => {
  it('wires one secure window, the app protocol and exactly the contract channels', async () => {
    await import('./main');
    expect(recorded.schemes).toEqual([
      expect.objectContaining({
        scheme: 'parley',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    await recorded.ready?.();
    expect(recorded.windows).toHaveLength(1);
    expect(recorded.windows[0]).toMatchObject({
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
    });
    expect(recorded.protocolHandled).toEqual(['parley']);
    expect([...recorded.handled].sort()).toEqual([...channelNames].sort());
  });

  it('grants the app page its clipboard write and nothing else', () => {
    const ask = (permission: string, url: string) => {
      const granted = vi.fn();
      recorded.permissionRequest?.(null, permission, granted, { requestingUrl: url });
      return granted.mock.calls[0]?.[0];
    };
    expect(ask('clipboard-sanitized-write', 'parley://app/index.html')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(ask('geolocation', 'parley://app/index.html')).toBe(false);
  });

  it('holds the notice emitted before the page loaded and sends it once the page has', () => {
    expect(recorded.sent).toEqual([]);
    recorded.contentsListeners.get('did-finish-load')?.();
    expect(recorded.sent).toEqual([
      [
        EVENT_CHANNEL,
        { name: 'app.notice', payload: expect.objectContaining({ title: 'Parley moved its data folder' }) },
      ],
    ]);
  });

  it('shows a visible error when the page fails to load', async () => {
    recorded.contentsListeners.get('did-fail-load')?.({}, -6, 'ERR_FILE_NOT_FOUND', 'parley://app/index.html', true);
    await vi.waitFor(() => expect(recorded.dialogs).toHaveLength(1));
    expect(recorded.dialogs[0]).toMatchObject({ type: 'error', buttons: ['Reload', 'Quit'] });
    await vi.waitFor(() => expect(recorded.quit).toBe(1));
  });

  it('asks before a window with unsaved tabs closes; Save asks the page to save every tab and close', () => {
    const event = { preventDefault: vi.fn() };
    recorded.contentsListeners.get('will-prevent-unload')?.(event);
    expect(recorded.dialogs.at(-1)).toMatchObject({
      message: 'Some tabs have unsaved changes.',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
    });
    // The window stays until the page has saved and closes itself.
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(recorded.sent.at(-1)).toEqual([
      EVENT_CHANNEL,
      { name: 'app.command', payload: { command: 'tabs.saveAllAndClose' } },
    ]);
  });

  it('holds the quit until the services are closed', async () => {
    const event = { preventDefault: vi.fn() };
    recorded.appListeners.get('will-quit')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(recorded.quit).toBe(2));
  });

  it('points userData at PARLEY_USER_DATA before taking the single-instance lock', async () => {
    vi.resetModules();
    recorded.calls.length = 0;
    process.env.PARLEY_USER_DATA = path.join(recorded.appData, 'run');
    try {
      await import('./main');
    } finally {
      delete process.env.PARLEY_USER_DATA;
    }
    expect(recorded.calls).toEqual([`setPath userData ${path.join(recorded.appData, 'run')}`, 'lock']);
  });
});
