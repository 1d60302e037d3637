/**
 * Where Parley keeps its data. The folder is named after productName ("Parley"); builds before it had a
 * productName used the package name ("parley"), so that folder is moved once. `PARLEY_USER_DATA` points
 * a run at another folder (the Electron launch spec uses a temp one); it is read before `ready`.
 */
import { existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';

export const PRODUCT_NAME = 'Parley';
export const LEGACY_FOLDER_NAME = 'parley';

export type UserDataMigration =
  | { readonly kind: 'none' }
  /** `parley` and `Parley` are one folder: a case-insensitive file system (macOS, Windows). */
  | { readonly kind: 'same-folder' }
  | { readonly kind: 'moved'; readonly from: string; readonly to: string }
  /** Both exist: the new one wins and the old one is left as it is, for the user to look at. */
  | { readonly kind: 'both-exist'; readonly from: string; readonly to: string };

export function migrateLegacyUserData(appData: string): UserDataMigration {
  const from = path.join(appData, LEGACY_FOLDER_NAME);
  const to = path.join(appData, PRODUCT_NAME);
  if (!existsSync(from)) return { kind: 'none' };
  if (existsSync(to)) {
    const [a, b] = [statSync(from), statSync(to)];
    return a.ino === b.ino && a.dev === b.dev ? { kind: 'same-folder' } : { kind: 'both-exist', from, to };
  }
  renameSync(from, to);
  return { kind: 'moved', from, to };
}

/** What to tell the user after a move: the key-store item is named after the app, so it changed too. */
export function migrationNotice(migration: UserDataMigration): { title: string; detail: string } | null {
  if (migration.kind === 'moved') {
    return {
      title: 'Parley moved its data folder',
      detail: `Your profiles, history and settings moved from ${migration.from} to ${migration.to}. Secrets saved before were sealed with the system key store's "parley" entry; a profile whose secrets can no longer be decrypted says so — enter them again there.`,
    };
  }
  if (migration.kind === 'both-exist') {
    return {
      title: 'An older Parley data folder was left in place',
      detail: `Parley uses ${migration.to}. The folder ${migration.from} from an earlier version was not touched; delete it once you no longer need it.`,
    };
  }
  return null;
}

/** The data folder a run was pointed at, if any (an absolute path). */
export function userDataOverride(env: NodeJS.ProcessEnv): string | null {
  const dir = env.PARLEY_USER_DATA;
  return dir && path.isAbsolute(dir) ? dir : null;
}

/** The app's data folder as Electron places it, for tools that run without Electron (the CLI). */
export function appDataFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  const override = userDataOverride(env);
  if (override) return override;
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}
