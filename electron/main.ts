/**
 * The Electron shell: one window on the built renderer, IPC wired to the router, nothing more.
 * Everything it wires is plain Node code that tests run without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { EVENT_CHANNEL } from '../shared/ipc/bridge';
import { appPathsUnder, systemClock, type Emit } from './deps';
import { appSchemePrivileges, serveRenderer } from './app-protocol';
import { createElectronDialogs } from './dialogs/electron-dialogs';
import { createMainServices } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { createRouter } from './ipc/router';
import { appMenuTemplate } from './menu';
import { APP_ENTRY_URL, isAppUrl } from './security/app-url';
import { documentOpener } from './store/document';
import { createSafeStorageCipher } from './vault/safe-storage-cipher';
import { denyAllPermissions, guardWebContents, mainWindowOptions } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '..', 'renderer');

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, (url) => void shell.openExternal(url)),
  );

  app.whenReady().then(() => {
    const data = app.getPath('userData');
    const emit: Emit = (name, payload) => mainWindow?.webContents.send(EVENT_CHANNEL, { name, payload });
    const services = createMainServices({
      paths: appPathsUnder(data),
      clock: systemClock,
      runtime: {
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        electron: process.versions.electron ?? null,
        chrome: process.versions.chrome ?? null,
      },
      openDocument: documentOpener((name) => new ElectronStore<Record<string, unknown>>({ name }), {
        directory: data,
        emit,
      }),
      cipher: createSafeStorageCipher(),
      emit,
      dialogs: createElectronDialogs(dialog, () => mainWindow),
    });
    // In `npm run dev` the page comes from Vite's server; only that exact origin is trusted besides the app's.
    const devOrigin = process.env.PARLEY_DEV_URL ? new URL(process.env.PARLEY_DEV_URL).origin : null;
    const router = createRouter(services.handlers, {
      isTrustedSender: (url) => isAppUrl(url) || (devOrigin !== null && url.startsWith(`${devOrigin}/`)),
      onHandlerError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
    });

    denyAllPermissions(session.defaultSession);
    serveRenderer(protocol, rendererRoot);
    registerIpc(ipcMain, router);
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, app.getName())));

    mainWindow = new BrowserWindow(mainWindowOptions(path.join(here, 'preload.cjs')));
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => (mainWindow = null));
    void mainWindow.loadURL(process.env.PARLEY_DEV_URL ?? APP_ENTRY_URL);

    app.on('before-quit', () => void services.dispose());
  });

  app.on('window-all-closed', () => app.quit());
}
