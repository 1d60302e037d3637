/**
 * Paths inside a collection: `/`-separated, relative, never escaping the collection folder. Also turns
 * file-system failures into messages a user can act on.
 */
import path from 'node:path';
import { HandlerError } from '../../shared/ipc/errors';

/** Checks a `/`-separated path from the renderer or a file: no `..`, no absolute part, no empty segment. */
export function safeRelative(relative: string): string {
  const parts = relative.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
  if (parts.some((part) => part === '..'))
    throw new HandlerError('conflict', `"${relative}" points outside the collection folder.`);
  return parts.join('/');
}

export const absolute = (root: string, relative: string) => path.join(root, ...safeRelative(relative).split('/'));

export const folderOf = (file: string) => {
  const at = file.lastIndexOf('/');
  return at < 0 ? '' : file.slice(0, at);
};

export const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

export const joinRelative = (folder: string, name: string) => (folder ? `${folder}/${name}` : name);

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** A write failed: say why in the user's words. Nothing was changed (every write goes to a temp file first). */
export function writeFailure(error: unknown, what: string, where: string): HandlerError {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new HandlerError(
      'conflict',
      `${where} is read-only: Parley could not ${what}. Nothing was changed; make the folder writable or choose another collection folder.`,
    );
  if (code === 'ENOSPC')
    return new HandlerError(
      'conflict',
      `The disk holding ${where} is full: Parley could not ${what}. Nothing was changed.`,
    );
  if (code === 'ENOENT')
    return new HandlerError(
      'not-found',
      `${where} no longer exists (moved or deleted outside Parley): could not ${what}. Nothing else was changed.`,
    );
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new HandlerError('handler-failed', `Could not ${what} in ${where}: ${message}`);
}

export const isMissing = (error: unknown) => errorCode(error) === 'ENOENT';
