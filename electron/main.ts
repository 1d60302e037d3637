/**
 * The Electron shell: one window on the built renderer, IPC wired to the router, nothing more.
 * Everything it wires is plain Node code that tests run without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { EVENT_CHANNEL } from '../shared/ipc/bridge';
import type { AppCommand } from '../shared/ipc/channels/app-events';
import { appPathsUnder, systemClock } from './deps';
import { appSchemePrivileges, serveRenderer } from './app-protocol';
import { attachContextMenu } from './context-menu';
import { createElectronDialogs } from './dialogs/electron-dialogs';
import { createEventOutbox } from './ipc/event-outbox';
import { createMainServices } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { createRouter } from './ipc/router';
import { appMenuTemplate } from './menu';
import { createQuitAfterDispose } from './quit';
import { APP_ENTRY_URL, isAppUrl } from './security/app-url';
import { FILE_MODE } from './store/data-folder';
import { documentOpener } from './store/document';
import { confirmUnsavedUnload } from './unsaved-changes';
import { migrateLegacyUserData, migrationNotice, userDataOverride, type UserDataMigration } from './user-data';
import { createSafeStorageCipher } from './vault/safe-storage-cipher';
import { guardWebContents, isOwnPage, mainWindowOptions, restrictPermissions } from './window';
import { createLogFile, watchWindowFailures } from './window-failures';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '..', 'renderer');

/** Settles the data folder: before `ready` and before the single-instance lock, which lives in it. */
function prepareUserData(): UserDataMigration {
  const dataOverride = userDataOverride(process.env);
  if (dataOverride) {
    app.setPath('userData', dataOverride);
    return { kind: 'none' };
  }
  try {
    return migrateLegacyUserData(app.getPath('appData'));
  } catch (error) {
    console.error('[parley] could not move the old data folder', error);
    return { kind: 'none' };
  }
}
const migration = prepareUserData();

// In `npm run dev` the page comes from Vite's server; only that exact origin is trusted besides the app's,
// and never in a packaged app.
const devUrl = !app.isPackaged ? (process.env.PARLEY_DEV_URL ?? null) : null;
const devOrigin = devUrl ? new URL(devUrl).origin : null;

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
    guardWebContents(contents, (url) => void shell.openExternal(url), devOrigin),
  );

  app.whenReady().then(() => {
    const data = app.getPath('userData');
    const logFile = path.join(data, 'logs', 'main.log');
    const log = createLogFile(logFile);
    // Events wait until the page has loaded; the bridge keeps them until the renderer subscribes.
    const outbox = createEventOutbox();
    const emit = outbox.emit;
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
      openDocument: documentOpener(
        (name) => new ElectronStore<Record<string, unknown>>({ name, configFileMode: FILE_MODE }),
        {
          directory: data,
          emit,
        },
      ),
      cipher: createSafeStorageCipher(),
      emit,
      dialogs: createElectronDialogs(dialog, () => mainWindow),
      clipboard: { writeText: (text) => clipboard.writeText(text) },
    });
    const router = createRouter(services.handlers, {
      isTrustedSender: (url) => isAppUrl(url) || (devOrigin !== null && isOwnPage(url, devOrigin)),
      onHandlerError: (channel, error) => {
        console.error(`[ipc] ${channel} failed`, error);
        log(`[ipc] ${channel} failed: ${String(error)}`);
      },
    });

    restrictPermissions(session.defaultSession, devOrigin);
    serveRenderer(protocol, rendererRoot);
    registerIpc(ipcMain, router);
    const runCommand = (command: AppCommand) => emit('app.command', { command });
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, app.getName(), runCommand)));

    const window = new BrowserWindow(mainWindowOptions(path.join(here, 'preload.cjs')));
    mainWindow = window;
    const contents = window.webContents;
    contents.on('did-finish-load', () =>
      outbox.attach((name, payload) => contents.send(EVENT_CHANNEL, { name, payload })),
    );
    contents.on('did-start-loading', () => outbox.detach());
    attachContextMenu(contents, (template) => Menu.buildFromTemplate(template).popup({ window }));
    watchWindowFailures(contents, {
      log,
      logFile,
      quit: () => app.quit(),
      showError: async (title, detail) => {
        const { response } = await dialog.showMessageBox({
          type: 'error',
          title,
          message: title,
          detail,
          buttons: ['Reload', 'Quit'],
          defaultId: 0,
          cancelId: 1,
        });
        return response === 0 ? 'reload' : 'quit';
      },
    });
    confirmUnsavedUnload(
      contents,
      (prompt) => dialog.showMessageBoxSync(window, { ...prompt, buttons: [...prompt.buttons] }),
      () => runCommand('tabs.saveAllAndClose'),
    );
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      outbox.detach();
      mainWindow = null;
    });
    void window.loadURL(devUrl ?? APP_ENTRY_URL);

    const notice = migrationNotice(migration);
    if (notice) emit('app.notice', { level: 'info', ...notice });

    // After every window agreed to close (a tab with unsaved edits may keep one open), not before.
    app.on('will-quit', createQuitAfterDispose({ dispose: () => services.dispose(), quit: () => app.quit(), log }));
  });

  app.on('window-all-closed', () => app.quit());
}
