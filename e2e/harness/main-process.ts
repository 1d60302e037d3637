/**
 * The real main process, minus Electron: the same services and router main.ts builds, over a temp
 * data folder. "Restarting the app" in a test is disposing this and starting a new one on the same folder.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { appPathsUnder, systemClock, type Emit } from '../../electron/deps';
import { createDialogDouble, type DialogDouble } from '../../electron/dialogs/dialog-double';
import { createMainServices, type MainServices } from '../../electron/ipc/handlers';
import { createRouter, type Router } from '../../electron/ipc/router';
import { confDocumentOpener } from '../../electron/store/document';
import { createTestCipher, createTestKeyStore, type TestKeyStore } from '../../electron/vault/test-cipher';

export interface HarnessMain {
  readonly services: MainServices;
  readonly router: Router;
  /** Main's native dialogs, answered by the spec's script. */
  readonly dialogs: DialogDouble;
  /** What main wrote to the clipboard ("copy with real secrets"), for tests to read. */
  readonly clipboard: { text: string | null };
}

export function startMainProcess(
  dataDir: string,
  trustedOrigin: string,
  emit: Emit,
  dialogs: DialogDouble = createDialogDouble(),
  /** Shared by the starts of one app so a restart on the same folder can read the secrets it stored. */
  keys: TestKeyStore = createTestKeyStore(),
): HarnessMain {
  const clipboard: { text: string | null } = { text: null };
  const services = createMainServices({
    paths: appPathsUnder(dataDir),
    clock: systemClock,
    runtime: { name: 'Parley', version: packageJson.version, platform: process.platform, electron: null, chrome: null },
    openDocument: confDocumentOpener(dataDir, { emit }),
    cipher: createTestCipher({ key: keys.keyFor(dataDir) }),
    emit,
    dialogs,
    clipboard: { writeText: (text) => (clipboard.text = text) },
  });
  const router = createRouter(services.handlers, {
    isTrustedSender: (url) => url === trustedOrigin || url.startsWith(`${trustedOrigin}/`),
    onHandlerError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
  });
  return { services, router, dialogs, clipboard };
}
