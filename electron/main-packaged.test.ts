/**
 * A packaged Parley ignores PARLEY_DEV_URL: otherwise anyone who can set an environment variable for
 * the user's session could load their own page into the window and call every IPC channel.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from './security/app-url';

const recorded = vi.hoisted(() => ({
  appData: '',
  loaded: [] as string[],
  ready: undefined as (() => void) | undefined,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn(), reload: vi.fn() };
    once() {}
    on() {}
    loadURL = vi.fn(async (url: string) => void recorded.loaded.push(url));
  }
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      on: vi.fn(),
      quit: vi.fn(),
      setPath: vi.fn(),
      getPath: (name: string) => (name === 'appData' ? recorded.appData : path.join(recorded.appData, 'Parley')),
      getName: () => 'Parley',
      getVersion: () => '0.0.0',
      whenReady: () => ({ then: (fn: () => void) => (recorded.ready = fn) }),
    },
    BrowserWindow,
    dialog: { showMessageBox: async () => ({ response: 1 }), showMessageBoxSync: () => 0 },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
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
    path = '/tmp/parley-main-packaged-test/store.json';
  },
}));

beforeAll(() => {
  recorded.appData = mkdtempSync(path.join(os.tmpdir(), 'parley-packaged-appdata-'));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  // The services main started open their history in the background; let that finish before the folder goes.
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(recorded.appData, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('loads its own page even when PARLEY_DEV_URL names another one', async () => {
    vi.stubEnv('PARLEY_DEV_URL', 'http://127.0.0.1:5173/');
    await import('./main');
    recorded.ready?.();
    expect(recorded.loaded).toEqual([APP_ENTRY_URL]);
  });
});
