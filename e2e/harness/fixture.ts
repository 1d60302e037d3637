/**
 * The Playwright fixture every e2e spec uses: the built renderer in Chromium, `window.parley` defined
 * by the shared bridge, and behind it the real router and handlers in this test process.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Emit } from '../../electron/deps';
import { createEventOutbox } from '../../electron/ipc/event-outbox';
import { bridgeInitScript } from './bridge-script';
import { serveDirectory, type StaticServer } from './static-server';
import { createDialogDouble, type DialogDouble } from '../../electron/dialogs/dialog-double';
import { startMainProcess, type HarnessMain } from './main-process';
import { createTestKeyStore } from '../../electron/vault/test-cipher';

export interface IpcRecord {
  readonly channel: string;
  readonly input: unknown;
  readonly output: unknown;
}

export interface ParleyApp {
  readonly page: Page;
  readonly dataDir: string;
  readonly server: StaticServer;
  /** Every IPC call and what went back to the renderer, events included (channel `event:<name>`). */
  readonly ipcLog: IpcRecord[];
  /** Every console message of the page. */
  readonly consoleLog: string[];
  /** Main's native dialogs (confirmations, file pickers): recorded, answered by the spec's script. */
  readonly dialogs: DialogDouble;
  main(): HarnessMain;
  /** Pushes an event as main does (a menu command, a notice), through the same outbox. */
  emit: Emit;
  /** Closes the window and the main process, and opens both again on the same data folder. */
  restart(): Promise<void>;
  /** Reloads the page and waits until the app has taken over from the first paint. */
  reload(): Promise<void>;
  screenshot(name: string): Promise<string>;
}

// PARLEY_RENDERER_DIR lets an engineer test their own build while others build theirs.
export const rendererRoot = path.resolve(process.env.PARLEY_RENDERER_DIR ?? 'dist/renderer');
export const artifactsDir = path.resolve('e2e-artifacts');

/**
 * The first paint (the sandboxes, drawn while the app's chunk loads) has given way to the app: from here on
 * its shortcuts and panels answer, as they do for a user once the catalog shows.
 */
async function appTookOver(page: Page): Promise<void> {
  await page.locator('.app[aria-busy="true"]').waitFor({ state: 'detached' });
}

export const test = base.extend<{ app: ParleyApp }>({
  app: async ({ browser }, use, testInfo) => {
    const server = await serveDirectory(rendererRoot);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-e2e-'));
    const ipcLog: IpcRecord[] = [];
    const consoleLog: string[] = [];
    const script = await bridgeInitScript();
    const dialogs = createDialogDouble();
    const keys = createTestKeyStore();
    let page: Page | undefined;
    let main: HarnessMain | undefined;
    let emitToPage: Emit | undefined;

    const open = async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      const current = await context.newPage();
      page = current;
      current.on('console', (message) => consoleLog.push(`${message.type()}: ${message.text()}`));
      current.on('pageerror', (error) => consoleLog.push(`pageerror: ${error.message}`));
      // Events wait in the outbox until the page has loaded, as main.ts does with its window.
      const outbox = createEventOutbox();
      const emit: Emit = (name, payload) => {
        ipcLog.push({ channel: `event:${name}`, input: null, output: payload });
        outbox.emit(name, payload);
      };
      emitToPage = emit;
      main = startMainProcess(dataDir, server.origin, emit, dialogs, keys);
      const router = main.router;
      await current.exposeBinding('__parleyInvoke', async (source, channel: string, input: unknown) => {
        const output = await router.dispatch(channel, input, { senderUrl: source.frame.url() });
        ipcLog.push({ channel, input, output });
        return output;
      });
      await current.addInitScript({ content: script });
      await current.goto(`${server.origin}/index.html`);
      await appTookOver(current);
      outbox.attach((name, payload) => {
        void current
          .evaluate(
            ([n, p]) => (window as unknown as { __parleyDeliver(n: string, p: unknown): void }).__parleyDeliver(n, p),
            [name, payload] as const,
          )
          .catch(() => undefined);
      });
    };

    const close = async () => {
      await page?.context().close();
      await main?.services.dispose();
    };

    await open();
    const app: ParleyApp = {
      get page() {
        if (!page) throw new Error('The app is not open');
        return page;
      },
      dataDir,
      server,
      ipcLog,
      consoleLog,
      dialogs,
      emit: (name, payload) => {
        if (!emitToPage) throw new Error('The app is not open');
        emitToPage(name, payload);
      },
      main: () => {
        if (!main) throw new Error('The app is not open');
        return main;
      },
      async restart() {
        await close();
        await open();
      },
      async reload() {
        await app.page.reload();
        await appTookOver(app.page);
      },
      async screenshot(name) {
        const file = path.join(artifactsDir, `${name}.png`);
        await app.page.screenshot({ path: file });
        return file;
      },
    };
    await use(app);
    if (testInfo.status !== testInfo.expectedStatus)
      await app.screenshot(`failed-${testInfo.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    await close();
    keys.dispose();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
