/**
 * What the main-process handlers are built from. `electron/main.ts` fills it with Electron's paths,
 * safeStorage and electron-store; tests and the e2e harness fill it with temp folders and a test cipher.
 */
import path from 'node:path';
import type { EventName, EventPayload } from '../shared/ipc/contract';
import type { MainDialogs } from './dialogs/dialogs';
import type { OpenDocument } from './store/document';
import type { SecretCipher } from './vault/cipher';

export interface AppPaths {
  /** Root of everything Parley writes. */
  readonly data: string;
  /** Response bodies too large to keep in memory. */
  readonly bodies: string;
  /** The request history log. */
  readonly history: string;
}

export interface Clock {
  now(): number;
}

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface RuntimeInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly electron: string | null;
  readonly chrome: string | null;
}

export interface MainDeps {
  readonly paths: AppPaths;
  readonly clock: Clock;
  readonly runtime: RuntimeInfo;
  readonly openDocument: OpenDocument;
  /** Encrypts profile secrets: safeStorage in the app, a test cipher in tests and the harness. */
  readonly cipher: SecretCipher;
  readonly emit: Emit;
  /** Confirmations and file pickers main owns: Electron's native dialogs in the app, a double in tests. */
  readonly dialogs: MainDialogs;
  /** Where "copy with real secrets" writes: Electron's clipboard in the app, a test double in the harness. */
  readonly clipboard?: ClipboardPort;
}

export interface ClipboardPort {
  writeText(text: string): void;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Parley's folders under one data root: the same layout in the app, the CLI and the tests. */
export function appPathsUnder(data: string): AppPaths {
  return { data, bodies: path.join(data, 'bodies'), history: path.join(data, 'history') };
}
