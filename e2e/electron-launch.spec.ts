/**
 * Launches the real Electron app where an Electron binary exists, and checks what only Electron can show:
 * the window's webPreferences as Electron reports them, a request sent through real IPC, a safeStorage
 * round trip, Copy reaching the system clipboard, Monaco and its workers under parley://, and the menu's
 * Close Tab. These machines cannot download a binary (see ENVIRONMENT.md): here the spec is skipped and says why.
 *
 * `npm run test:e2e` builds main and the renderer first. Each run gets its own data folder through
 * PARLEY_USER_DATA (read before `ready`), so it never touches the user's data nor their running Parley's
 * single-instance lock, which Electron keeps in the data folder.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { startLoopbackServer, type LoopbackServer } from './harness/loopback-server';

function electronBinary(): string | null {
  try {
    // The electron package's main export is the binary's path; it throws when the binary is missing.
    const require = createRequire(import.meta.url);
    const pathFile = require.resolve('electron/path.txt');
    return existsSync(pathFile) ? (require('electron') as string) : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const built = existsSync('dist/electron/main.mjs') && existsSync('dist/renderer/index.html');
const skipReason = !binary
  ? 'no Electron binary on this machine (npm start downloads it on first run)'
  : !built
    ? 'the app is not built (npm run build; npm run test:e2e does it)'
    : null;
if (skipReason) console.log(`[electron-launch] skipped: ${skipReason}.`);

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let window: Page;
let dataDir: string;
let server: LoopbackServer;

test.beforeAll(async () => {
  if (skipReason) return;
  server = await startLoopbackServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ greeting: 'hello from loopback', items: [1, 2, 3] }));
  });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-electron-'));
  app = await electron.launch({
    args: ['.'],
    executablePath: binary ?? undefined,
    env: { ...process.env, PARLEY_USER_DATA: dataDir },
  });
  window = await app.firstWindow();
  await expect(window.getByRole('navigation', { name: 'Sandboxes' })).toBeVisible();
});

test.afterAll(async () => {
  if (skipReason) return;
  await app?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the window runs sandboxed and isolated, as Electron reports it, and the page sees only the bridge', async () => {
  test.skip(skipReason !== null, skipReason ?? '');
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    // getLastWebPreferences is Electron's own record of the preferences in force (not in its typings).
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
      getLastWebPreferences?: () => Record<string, unknown> | null;
    };
    const reported = contents.getLastWebPreferences?.() ?? null;
    return reported
      ? {
          contextIsolation: reported.contextIsolation,
          sandbox: reported.sandbox,
          nodeIntegration: reported.nodeIntegration,
          webSecurity: reported.webSecurity,
          webviewTag: reported.webviewTag,
        }
      : null;
  });
  if (prefs === null)
    console.log('[electron-launch] this Electron does not report webPreferences; checking their effects only.');
  else
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(dataDir);
  expect(window.url()).toBe('parley://app/index.html');
  expect(await window.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await window.evaluate(() => Object.keys((window as unknown as { parley: object }).parley).sort())).toEqual([
    'invoke',
    'on',
  ]);
});

test('safeStorage encrypts and decrypts on this machine’s key store', async () => {
  test.skip(skipReason !== null, skipReason ?? '');
  const result = await app.evaluate(({ safeStorage }) => {
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
    // A CI machine without a keyring is Linux's basic_text: encrypting needs the consent Parley asks for.
    if (backend === 'basic_text') safeStorage.setUsePlainTextEncryption(true);
    const sealed = safeStorage.encryptString('parley-round-trip');
    return {
      backend,
      differs: !sealed.toString('utf8').includes('parley-round-trip'),
      back: safeStorage.decryptString(sealed),
    };
  });
  expect(result.back).toBe('parley-round-trip');
  expect(result.differs).toBe(true);
});

test('a request goes through real IPC; Monaco and its workers load under parley://; Copy reaches the clipboard', async () => {
  test.skip(skipReason !== null, skipReason ?? '');
  await window.getByRole('button', { name: 'Plain HTTP' }).click();
  await window.getByRole('button', { name: 'New request (Ctrl+T)' }).click();
  await window
    .getByRole('region', { name: 'Request' })
    .getByLabel('URL', { exact: true })
    .fill(`${server.origin}/hello`);
  await window.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(window.getByTestId('response-status')).toContainText('200');

  const inspector = window.locator('.response-inspector');
  await inspector.getByRole('tab', { name: 'Pretty' }).click();
  await expect(inspector.locator('.monaco-editor .view-lines')).toContainText('hello from loopback');
  await expect
    .poll(() => window.workers().map((worker) => worker.url()))
    .toContainEqual(expect.stringMatching(/^(blob:parley:\/\/app|parley:\/\/app)\//));

  await inspector.getByRole('tab', { name: 'Raw' }).click();
  await inspector.getByRole('button', { name: 'Copy' }).click();
  await expect(inspector.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toContain('hello from loopback');
});

test('the menu’s File ▸ Close Tab closes the tab, not the window', async () => {
  test.skip(skipReason !== null, skipReason ?? '');
  const tabs = window.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  const before = await tabs.count();
  expect(before).toBeGreaterThan(0);
  await app.evaluate(({ Menu }) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File');
    file?.submenu?.items.find((item) => item.label === 'Close Tab')?.click();
  });
  await expect(tabs).toHaveCount(before - 1);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
