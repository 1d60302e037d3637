/**
 * The main window's options and the guards on its web contents. Kept apart from main.ts so a unit
 * test with a mocked `electron` can prove every security setting.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { isAppUrl, isExternalLink } from './security/app-url';

export function mainWindowOptions(
  preloadPath: string,
  platform: string = process.platform,
): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Parley',
    backgroundColor: '#1e1f22',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // macOS and Windows check spelling with the system's dictionaries; on Linux Chromium would download
      // Hunspell dictionaries from Google, so it stays off there.
      spellcheck: platform !== 'linux',
    },
  };
}

/**
 * The page's own origin: `parley://app`, and in `npm run dev` (never when packaged) the exact Vite
 * origin, so its full reload is a navigation the guard admits.
 */
export function isOwnPage(url: string, devOrigin: string | null): boolean {
  if (isAppUrl(url)) return true;
  if (devOrigin === null) return false;
  try {
    return new URL(url).origin === devOrigin;
  } catch {
    return false;
  }
}

/** Denies navigation away from the app, new windows and webviews; web links open in the system browser. */
export function guardWebContents(
  contents: WebContents,
  openExternal: (url: string) => void,
  devOrigin: string | null = null,
): void {
  contents.on('will-navigate', (event) => {
    if (isOwnPage(event.url, devOrigin)) return;
    event.preventDefault();
    if (isExternalLink(event.url)) openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isOwnPage(event.url, devOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** The one permission the page has: writing (sanitized) text to the clipboard, for its Copy buttons. */
export const GRANTED_PERMISSION = 'clipboard-sanitized-write';

/** Grants the clipboard write to the app's own page and denies every other permission to everyone. */
export function restrictPermissions(session: Session, devOrigin: string | null = null): void {
  const allowed = (permission: string, url: string) => permission === GRANTED_PERMISSION && isOwnPage(url, devOrigin);
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
}
