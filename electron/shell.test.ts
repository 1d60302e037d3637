/**
 * The Electron shell's security settings, proven with a mocked `electron` module (no binary here).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, Session, WebContents } from 'electron';
import { channelNames } from '../shared/ipc/contract';
import { resolveAppFile } from './app-protocol';
import { registerIpc } from './ipc/register';
import type { Router } from './ipc/router';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { guardWebContents, mainWindowOptions, restrictPermissions } from './window';

type Listener = (...args: unknown[]) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  } as unknown as WebContents;
  // Electron 45 passes the URL on the event (details.url); the positional argument is deprecated.
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event, 'deprecated-positional-url');
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security, no webview', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('blocks navigation away from the app and opens web links in the system browser instead', () => {
    const openExternal = vi.fn();
    const { contents, fire } = fakeWebContents();
    guardWebContents(contents, openExternal);
    expect(fire('will-navigate', 'parley://app/index.html')).toBe(false);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/');
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(fire('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('denies every new window; http(s) links go to the system browser', () => {
    const openExternal = vi.fn();
    const { contents, open } = fakeWebContents();
    guardWebContents(contents, openExternal);
    expect(open('https://docs.example/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('admits the dev server’s own reload only when a dev origin is given', () => {
    const openExternal = vi.fn();
    const dev = fakeWebContents();
    guardWebContents(dev.contents, openExternal, 'http://localhost:5173');
    expect(dev.fire('will-navigate', 'http://localhost:5173/index.html')).toBe(false);
    expect(dev.fire('will-navigate', 'http://localhost:5174/')).toBe(true);
    expect(dev.fire('will-redirect', 'http://localhost:5173/')).toBe(false);
    const packaged = fakeWebContents();
    guardWebContents(packaged.contents, openExternal);
    expect(packaged.fire('will-navigate', 'http://localhost:5173/index.html')).toBe(true);
  });

  it('grants exactly the sanitized clipboard write, and only to the app’s own page', () => {
    type Request = (c: unknown, p: string, cb: (granted: boolean) => void, d: { requestingUrl: string }) => void;
    let request: Request | undefined;
    let check: ((c: unknown, p: string, origin: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: Request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as unknown as Session;
    restrictPermissions(session);
    const ask = (permission: string, url: string) => {
      const granted = vi.fn();
      request?.(null, permission, granted, { requestingUrl: url });
      return granted.mock.calls[0]?.[0];
    };
    expect(ask('clipboard-sanitized-write', 'parley://app/index.html')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(ask('clipboard-read', 'parley://app/index.html')).toBe(false);
    expect(ask('media', 'parley://app/index.html')).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write', 'parley://app')).toBe(true);
    expect(check?.(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(check?.(null, 'notifications', 'parley://app')).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows no eval, no remote scripts, and only blob: workers besides self', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self' blob:");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('is the same policy in the served header and in index.html', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a meta tag, so only the header carries it.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});

describe('app protocol', () => {
  it('serves files inside the renderer folder only', () => {
    expect(resolveAppFile('/app/renderer', 'parley://app/assets/index.js')).toBe('/app/renderer/assets/index.js');
    expect(resolveAppFile('/app/renderer', 'parley://app/')).toBe('/app/renderer/index.html');
    expect(resolveAppFile('/app/renderer', 'parley://app/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppFile('/app/renderer', 'parley://other/index.html')).toBeNull();
  });
});

describe('IPC registration', () => {
  it('registers exactly the allow-listed channels and forwards the sender frame', async () => {
    const handle = vi.fn();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }));
    const registered = registerIpc({ handle } as unknown as IpcMain, { dispatch } as Router);
    expect(registered).toEqual(channelNames);
    expect(handle.mock.calls.map(([name]) => name).sort()).toEqual([...channelNames].sort());
    const [channel, listener] = handle.mock.calls[0] as [string, (event: unknown, input: unknown) => Promise<unknown>];
    await listener({ senderFrame: { url: 'parley://app/index.html' } }, { a: 1 });
    expect(dispatch).toHaveBeenCalledWith(channel, { a: 1 }, { senderUrl: 'parley://app/index.html' });
  });
});
