/**
 * What happens when a document is opened: a good file is used (and upgraded), a damaged one is moved
 * aside — never deleted — and the last good backup takes its place, a newer one is left untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, type DocumentSpec, type ParseOutcome } from './parse-document';

export type OpenStatus =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'ok'; readonly migratedFrom: number | null }
  | {
      readonly kind: 'recovered';
      readonly reason: string;
      readonly corruptPath: string;
      readonly from: 'backup' | 'defaults';
    }
  | { readonly kind: 'too-new'; readonly fileVersion: number };

export interface OpenResult<T> {
  readonly value: T;
  readonly status: OpenStatus;
  /** True when the value must be written back (restored, upgraded): the caller writes it with its own writer. */
  readonly needsWrite: boolean;
}

export function backupPathOf(file: string): string {
  return file.replace(/\.json$/, '') + '.backup.json';
}

/** `<name>.corrupt-<timestamp>.json`, with a counter if two damaged files land in the same millisecond. */
export function corruptPathFor(file: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const base = file.replace(/\.json$/, '');
  let candidate = `${base}.corrupt-${stamp}.json`;
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = `${base}.corrupt-${stamp}-${n}.json`;
  return candidate;
}

function readIfPresent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes through a temporary file and a rename, so a crash leaves the old file or the new one, never half. */
export function writeFileAtomic(file: string, text: string): void {
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(temp, text, { mode: 0o600 });
  fs.renameSync(temp, file);
}

export function openDocumentFile<T>(file: string, spec: DocumentSpec<T>, defaults: T, now: number): OpenResult<T> {
  const text = readIfPresent(file);
  if (text === undefined) return { value: defaults, status: { kind: 'fresh' }, needsWrite: false };

  const outcome = parseDocument(text, spec);
  if (outcome.kind === 'ok') {
    if (outcome.migratedFrom !== null) {
      // Keep the file as it was before the upgrade: an older Parley can still open that copy.
      fs.copyFileSync(file, `${file.replace(/\.json$/, '')}.pre-v${spec.version}.json`);
    } else if (!fs.existsSync(backupPathOf(file))) {
      writeFileAtomic(backupPathOf(file), text);
    }
    return {
      value: outcome.value,
      status: { kind: 'ok', migratedFrom: outcome.migratedFrom },
      needsWrite: outcome.migratedFrom !== null,
    };
  }
  if (outcome.kind === 'too-new') return { value: defaults, status: outcome, needsWrite: false };

  const corruptPath = corruptPathFor(file, now);
  fs.renameSync(file, corruptPath);
  const backupText = readIfPresent(backupPathOf(file));
  const backup: ParseOutcome<T> | undefined = backupText === undefined ? undefined : parseDocument(backupText, spec);
  if (backup?.kind === 'ok') {
    return {
      value: backup.value,
      status: { kind: 'recovered', reason: outcome.reason, corruptPath, from: 'backup' },
      needsWrite: true,
    };
  }
  // A damaged backup is kept too: the next write would otherwise replace it.
  if (backupText !== undefined) fs.renameSync(backupPathOf(file), corruptPathFor(backupPathOf(file), now));
  return {
    value: defaults,
    status: { kind: 'recovered', reason: outcome.reason, corruptPath, from: 'defaults' },
    needsWrite: true,
  };
}
