/**
 * A JSON document on disk, validated by a zod schema. Parley keeps each kind of state (settings,
 * profiles…) in its own document so a damaged file costs one kind of state, never all of them.
 */
import Conf from 'conf';
import type { z } from 'zod';

export interface DocumentStore<T> {
  read(): T;
  write(value: T): void;
  /** Where the document lives, for messages and tests. */
  readonly path: string;
}

export interface DocumentOptions<T> {
  readonly name: string;
  readonly schema: z.ZodType<T>;
  readonly defaults: T;
}

export type OpenDocument = <T extends object>(options: DocumentOptions<T>) => DocumentStore<T>;

/** The minimal part of conf / electron-store that a document needs. */
export interface ConfLike {
  store: Record<string, unknown>;
  readonly path: string;
}

/** Builds an OpenDocument over any conf-compatible store (electron-store in the app, conf in tests). */
export function documentOpener(createConf: (name: string) => ConfLike): OpenDocument {
  return <T extends object>({ name, schema, defaults }: DocumentOptions<T>): DocumentStore<T> => {
    const conf = createConf(name);
    return {
      path: conf.path,
      read() {
        const parsed = schema.safeParse(conf.store);
        return parsed.success ? parsed.data : defaults;
      },
      write(value) {
        conf.store = schema.parse(value) as Record<string, unknown>;
      },
    };
  };
}

/** conf in a given folder: what tests, the CLI and the harness use in place of electron-store. */
export function confDocumentOpener(cwd: string): OpenDocument {
  return documentOpener((name) => new Conf<Record<string, unknown>>({ cwd, configName: name, projectName: 'parley' }));
}
