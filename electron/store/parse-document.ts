/**
 * Reads one document's text: JSON → schemaVersion check → migrations → schema. Pure apart from nothing:
 * the caller decides what to do with the outcome (use it, move the file aside, refuse a newer one).
 */
import type { z } from 'zod';
import { errorMessage, isRecord } from '../../shared/values';

/** Key of the version stamp Parley writes into every document. */
export const VERSION_KEY = 'schemaVersion';

/** Upgrades a document from version `n` (the key) to `n + 1`. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export interface DocumentSpec<T> {
  readonly schema: z.ZodType<T>;
  /** The version this build writes. Files without a stamp are version 1. */
  readonly version: number;
  readonly migrations: Readonly<Record<number, Migration>>;
}

export type ParseOutcome<T> =
  | { readonly kind: 'ok'; readonly value: T; readonly migratedFrom: number | null }
  | { readonly kind: 'too-new'; readonly fileVersion: number }
  | { readonly kind: 'invalid'; readonly reason: string };

export function parseDocument<T>(text: string, spec: DocumentSpec<T>): ParseOutcome<T> {
  if (text.trim() === '') return { kind: 'invalid', reason: 'empty (a write was cut short)' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: 'not valid JSON (truncated or overwritten)' };
  }
  if (!isRecord(raw)) return { kind: 'invalid', reason: 'not a JSON object' };

  const stamp = raw[VERSION_KEY] ?? 1;
  if (typeof stamp !== 'number' || !Number.isInteger(stamp) || stamp < 1) {
    return { kind: 'invalid', reason: `stamped with an impossible ${VERSION_KEY} (${JSON.stringify(stamp)})` };
  }
  if (stamp > spec.version) return { kind: 'too-new', fileVersion: stamp };

  let document: Record<string, unknown> = { ...raw };
  delete document[VERSION_KEY];
  for (let version = stamp; version < spec.version; version += 1) {
    const migrate = spec.migrations[version];
    if (!migrate) throw new Error(`No migration from version ${version} to ${version + 1}.`);
    try {
      document = migrate(document);
    } catch (error) {
      return {
        kind: 'invalid',
        reason: `could not be upgraded from version ${version}: ${errorMessage(error)}`,
      };
    }
  }

  const parsed = spec.schema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { kind: 'invalid', reason: `not in the expected shape (${issue?.message ?? 'unknown issue'}${where})` };
  }
  return { kind: 'ok', value: parsed.data, migratedFrom: stamp < spec.version ? stamp : null };
}
