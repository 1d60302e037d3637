/**
 * A JSON document on disk, validated by a zod schema. Parley keeps each kind of state (settings,
 * profiles…) in its own document so a damaged file costs one kind of state, never all of them.
 *
 * Opening is lazy (first read or write), so a recovery notice is emitted while the window listens.
 * Writes go through conf (write-then-rename) and then refresh `<name>.backup.json`, the last good copy.
 */
import path from 'node:path';
import Conf from 'conf';
import type { z } from 'zod';
import type { EventPayload } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/errors';
import type { Emit } from '../deps';
import type { Migration } from './parse-document';
import { VERSION_KEY } from './parse-document';
import { FILE_MODE } from './data-folder';
import { backupPathOf, openDocumentFile, writeFileAtomic, type OpenStatus } from './recover-on-open';

export interface DocumentStore<T> {
  read(): T;
  /** Throws a HandlerError when the file on disk belongs to a newer Parley (it is never overwritten). */
  write(value: T): void;
  /** Where the document lives, for messages and tests. */
  readonly path: string;
  /** What opening the file found: fresh, ok (maybe upgraded), recovered, or too new. */
  readonly status: OpenStatus;
}

export interface DocumentOptions<T> {
  readonly name: string;
  readonly schema: z.ZodType<T>;
  readonly defaults: T;
  /** The schema version this build writes (default 1); stored as `schemaVersion`. */
  readonly version?: number;
  /** `{ 1: v1 → v2, 2: v2 → v3 }`: each upgrades the document by one version. */
  readonly migrations?: Readonly<Record<number, Migration>>;
  /** What the user calls this state in a notice ("your profiles"); defaults to the name. */
  readonly label?: string;
}

export type OpenDocument = <T extends object>(options: DocumentOptions<T>) => DocumentStore<T>;

/** The minimal part of conf / electron-store that a document needs. */
export interface ConfLike {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface OpenerOptions {
  /**
   * The folder the conf files live in. Known up front, a file too damaged for conf to construct over
   * can still be moved aside; without it such a file makes opening throw.
   */
  readonly directory?: string;
  /** Tells the user what was recovered (`app.notice`). */
  readonly emit?: Emit;
  readonly now?: () => number;
}

function noticeFor(
  status: OpenStatus,
  file: string,
  label: string,
  version: number,
): EventPayload<'app.notice'> | null {
  const name = path.basename(file);
  if (status.kind === 'recovered') {
    const kept = path.basename(status.corruptPath);
    return status.from === 'backup'
      ? {
          level: 'warning',
          title: `Recovered ${label}`,
          detail: `${name} was ${status.reason}. It is kept as ${kept}; Parley restored the last good copy from ${path.basename(backupPathOf(file))}.`,
        }
      : {
          level: 'error',
          title: `Started ${label} afresh`,
          detail: `${name} was ${status.reason} and no good backup exists. It is kept as ${kept}; Parley started with empty ${label}.`,
        };
  }
  if (status.kind === 'too-new')
    return {
      level: 'error',
      title: `${label} belong to a newer Parley`,
      detail: tooNewMessage(name, status.fileVersion, version),
    };
  return null;
}

function tooNewMessage(name: string, fileVersion: number, version: number): string {
  return `${name} was written by a newer Parley (format ${fileVersion}; this version reads up to ${version}). Parley leaves it untouched: update Parley to use it.`;
}

/** Builds an OpenDocument over any conf-compatible store (electron-store in the app, conf in tests). */
export function documentOpener(createConf: (name: string) => ConfLike, options: OpenerOptions = {}): OpenDocument {
  const now = options.now ?? Date.now;
  return <T extends object>(document: DocumentOptions<T>): DocumentStore<T> => {
    const version = document.version ?? 1;
    const spec = { schema: document.schema, version, migrations: document.migrations ?? {} };
    const label = document.label ?? document.name;
    let opened: { conf: ConfLike; value: T; status: OpenStatus } | undefined;

    const persist = (conf: ConfLike, value: T): T => {
      const valid = document.schema.parse(value);
      const stamped = { ...valid, [VERSION_KEY]: version } as Record<string, unknown>;
      conf.store = stamped;
      writeFileAtomic(backupPathOf(conf.path), JSON.stringify(stamped, null, '\t'));
      return valid;
    };

    const open = () => {
      if (opened) return opened;
      const knownPath = options.directory ? path.join(options.directory, `${document.name}.json`) : undefined;
      // Inspect (and if need be move aside) the file before conf reads it: conf throws on broken JSON.
      const early = knownPath ? openDocumentFile(knownPath, spec, document.defaults, now()) : undefined;
      const conf = createConf(document.name);
      const result = early ?? openDocumentFile(conf.path, spec, document.defaults, now());
      const value = result.needsWrite ? persist(conf, result.value) : result.value;
      opened = { conf, value, status: result.status };
      const notice = noticeFor(result.status, conf.path, label, version);
      if (notice) options.emit?.('app.notice', notice);
      return opened;
    };

    return {
      get path() {
        return open().conf.path;
      },
      get status() {
        return open().status;
      },
      read() {
        return open().value;
      },
      write(value) {
        const current = open();
        if (current.status.kind === 'too-new') {
          throw new HandlerError(
            'conflict',
            tooNewMessage(path.basename(current.conf.path), current.status.fileVersion, version),
          );
        }
        current.value = persist(current.conf, value);
      },
    };
  };
}

/** conf in a given folder: what tests, the CLI and the harness use in place of electron-store. */
export function confDocumentOpener(cwd: string, options: Omit<OpenerOptions, 'directory'> = {}): OpenDocument {
  return documentOpener(
    (name) =>
      new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'parley', configFileMode: FILE_MODE }),
    {
      ...options,
      directory: cwd,
    },
  );
}
