/**
 * The data folder holds encrypted secrets, history with request metadata and response bodies: only
 * its owner may list or read it. Opening it makes the folders 0700 and the files 0600 (also those an
 * older Parley wrote with the umask's modes) and sweeps temporary files a crash left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppPaths } from '../deps';

export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Temporary names of Parley's atomic writes (`.tmp-<pid>-<ms>`) and conf's (`.tmp-<digits><hex>`). */
const TEMP_NAME = /\.tmp-[0-9a-f-]+$/i;

export interface DataFolderReport {
  /** Temporary files removed (names relative to the data folder). */
  readonly swept: readonly string[];
}

function tighten(file: string, mode: number): void {
  if (process.platform === 'win32') return; // Windows has ACLs, not modes; the profile folder is per-user already.
  if ((fs.statSync(file).mode & 0o777) !== mode) fs.chmodSync(file, mode);
}

/**
 * Run once before anything is read or written. Only one Parley uses a data folder at a time
 * (the single-instance lock), so any temporary file present now belongs to a write that died.
 */
export function prepareDataFolder(paths: AppPaths): DataFolderReport {
  const swept: string[] = [];
  for (const folder of [paths.data, paths.history, paths.bodies]) {
    fs.mkdirSync(folder, { recursive: true, mode: FOLDER_MODE });
    tighten(folder, FOLDER_MODE);
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(folder, entry.name);
      if (TEMP_NAME.test(entry.name)) {
        fs.rmSync(file, { force: true });
        swept.push(path.relative(paths.data, file));
      } else {
        tighten(file, FILE_MODE);
      }
    }
  }
  return { swept };
}
