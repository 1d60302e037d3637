/**
 * Boots the real main services over a data folder with a test cipher, and records every IPC result:
 * what the vault tests use to "restart" Parley and to look for leaked secrets.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput, EventName } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import type { StorageBackend } from '../../shared/profiles/vault-types';
import { appPathsUnder, systemClock, type Clock } from '../deps';
import { createDialogDouble, type DialogDouble } from '../dialogs/dialog-double';
import { createMainServices, type MainServices } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import { confDocumentOpener } from '../store/document';
import { createTestCipher } from './test-cipher';

export interface BootedMain {
  readonly services: MainServices;
  readonly notices: { name: EventName; payload: unknown }[];
  /** Every IPC result, as the renderer would receive it. */
  readonly outputs: unknown[];
  /** Main's dialogs: every question asked, answered by the script. */
  readonly dialogs: DialogDouble;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** The value of a successful call; throws with the error message otherwise. */
  ok<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function bootMain(
  dataDir: string,
  key: Buffer,
  backend: StorageBackend = 'os',
  dialogs: DialogDouble = createDialogDouble(),
  clock: Clock = systemClock,
): BootedMain {
  const notices: { name: EventName; payload: unknown }[] = [];
  const outputs: unknown[] = [];
  const emit = (name: EventName, payload: unknown) => notices.push({ name, payload });
  const services = createMainServices({
    paths: appPathsUnder(dataDir),
    clock,
    runtime: { name: 'Parley', version: '0.0.0-test', platform: process.platform, electron: null, chrome: null },
    openDocument: confDocumentOpener(dataDir, { emit }),
    cipher: createTestCipher({ key, backend }),
    emit,
    dialogs,
  });
  const router = createRouter(services.handlers, { isTrustedSender: () => true });
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
    const result = await router.dispatch(channel, input, { senderUrl: 'app://parley/index.html' });
    outputs.push(result);
    return result as IpcResult<ChannelOutput<C>>;
  };
  return {
    services,
    notices,
    outputs,
    dialogs,
    call,
    async ok(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    },
  };
}

/** Every file under a folder, recursively, with its bytes. */
export function filesUnder(dir: string): { file: string; bytes: Buffer }[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => ({ file, bytes: fs.readFileSync(file) }));
}
