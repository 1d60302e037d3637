/**
 * Runs electron/main.ts against a mocked `electron` module and checks what it wires: the single-instance
 * lock, the guarded window, the protocol, and the IPC channels.
 */
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../shared/ipc/contract';

const recorded = vi.hoisted(() => ({
  windows: [] as unknown[],
  handled: [] as string[],
  schemes: [] as unknown[],
  protocolHandled: [] as string[],
  ready: undefined as (() => Promise<void>) | undefined,
  permissionsDenied: false,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn() };
    constructor(options: unknown) {
      recorded.windows.push(options);
    }
    once() {}
    on() {}
    loadURL = vi.fn(async () => undefined);
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      on: vi.fn(),
      quit: vi.fn(),
      getPath: () => '/tmp/parley-main-test',
      getName: () => 'Parley',
      getVersion: () => '0.0.0',
      whenReady: () => ({ then: (fn: () => void) => (recorded.ready = async () => fn()) }),
    },
    BrowserWindow,
    ipcMain: { handle: (name: string) => recorded.handled.push(name) },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string) => recorded.protocolHandled.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => (recorded.permissionsDenied = true),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn() },
    dialog: { showMessageBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
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
    expect(recorded.permissionsDenied).toBe(true);
    expect([...recorded.handled].sort()).toEqual([...channelNames].sort());
  });
});
