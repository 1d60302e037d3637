/**
 * For tests that send through the real main process: each test gets a fresh temp data folder, and every
 * main booted over it and every loopback server started for it are disposed after the test.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { RequestListener } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { DialogDouble } from '../dialogs/dialog-double';
import { startHttpServer, type TestServer } from '../http/testing/servers';
import { bootMain, type BootedMain } from '../vault/vault-test-kit';

export interface BootedMains {
  /** The current test's data folder. */
  readonly dir: string;
  /** The real main services over `dir`, with a fresh key and an OS key store. */
  boot(dialogs?: DialogDouble): BootedMain;
  /** A loopback HTTP server closed after the test. */
  serve(listener: RequestListener): Promise<TestServer>;
  /** Closes `server` after the test. */
  closeAfter<T extends TestServer>(server: T): T;
}

export function useBootedMains(folderPrefix: string): BootedMains {
  let dir = '';
  let servers: TestServer[] = [];
  let running: BootedMain[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
    servers = [];
    running = [];
  });
  afterEach(async () => {
    await Promise.all(running.map((main) => main.services.dispose()));
    await Promise.all(servers.map((server) => server.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const closeAfter = <T extends TestServer>(server: T): T => {
    servers.push(server);
    return server;
  };
  return {
    get dir() {
      return dir;
    },
    boot(dialogs) {
      const main = bootMain(dir, randomBytes(32), 'os', dialogs);
      running.push(main);
      return main;
    },
    serve: async (listener) => closeAfter(await startHttpServer(listener)),
    closeAfter,
  };
}
