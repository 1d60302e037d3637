/**
 * Import and export: main reads the picked file, keeps the plan (with any secret found) and sends the
 * window a preview without secret values; applying it writes the collection files. Exports are written
 * by main to the path its save dialog returns.
 */
import { z } from 'zod';
import { channel } from '../define';
import type { PlanSummary, ProfileToStore, SecretToSet } from '../../import/summary';
import type { ReportItem } from '../../import/types';
import type { RequestDraft } from '../../request/draft';

/** A profile of the provider the credentials could go to instead of a new one. */
export interface ExistingProfile {
  readonly id: string;
  readonly name: string;
}

export interface ProfileOffer extends ProfileToStore {
  /** That provider's profiles, those whose base URL is where the requests went first. */
  readonly existing: readonly ExistingProfile[];
}

export type ImportPick =
  | { readonly kind: 'cancelled' }
  | {
      readonly kind: 'failed';
      readonly file: string;
      readonly message: string;
      readonly line?: number;
      readonly column?: number;
    }
  | {
      readonly kind: 'preview';
      /** Names the plan main keeps until it is applied or another file is picked. */
      readonly id: string;
      readonly file: string;
      /** The collection folder and the folder inside it the import goes to. */
      readonly collection: string;
      readonly folder: string;
      readonly summary: PlanSummary;
      readonly profiles: readonly ProfileOffer[];
    };

export interface ImportApplied {
  readonly folder: string;
  readonly files: readonly string[];
  /** Secret variables whose values were stored in the vault. */
  readonly stored: readonly string[];
  /** Profiles created or given the credentials found, by name; the requests refer to them. */
  readonly profiles: readonly string[];
  readonly summary: PlanSummary;
}

export type PastedCurl =
  | {
      readonly ok: true;
      readonly name: string;
      /** Credentials in it are `{{variables}}`; `stored` says which ones now hold the pasted values. */
      readonly draft: RequestDraft;
      readonly secrets: readonly SecretToSet[];
      readonly stored: readonly string[];
      /** The profile main stored the provider credentials in, when the user chose one (the draft uses it). */
      readonly profile: ExistingProfile | null;
      readonly report: readonly ReportItem[];
    }
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

export interface ExportWritten {
  readonly saved: boolean;
  /** The file's name (not its folder): what the notice shows. */
  readonly fileName: string | null;
  readonly requests: number;
  readonly report: readonly ReportItem[];
}

export const importChannels = {
  'import.pickFile': channel<ImportPick>()(
    z.object({}).strict(),
    'Asks for a file to import (main’s open dialog), reads and detects it, and previews what would be created.',
  ),
  'import.apply': channel<ImportApplied>()(
    z
      .object({
        id: z.string().min(1).max(64),
        storeSecrets: z.boolean(),
        /** Per offered profile: a new profile, an existing one (its id), or none. */
        profiles: z
          .array(
            z
              .object({
                index: z.number().int().min(0).max(1000),
                target: z.union([z.literal('new'), z.literal('none'), z.object({ id: z.string().min(1).max(64) })]),
              })
              .strict(),
          )
          .max(1000)
          .default([]),
      })
      .strict(),
    'Writes the previewed import into the collection folder; with storeSecrets, the secrets found go to the vault; provider credentials go to the profiles chosen.',
  ),
  'import.curl': channel<PastedCurl>()(
    z.object({ text: z.string().max(1024 * 1024) }).strict(),
    'A pasted cURL command as a request; main asks before storing any credential in it as a secret variable.',
  ),
  'export.collection': channel<ExportWritten>()(
    z.object({ folder: z.string().max(4096), format: z.enum(['postman', 'har']) }).strict(),
    'Exports the collection (or one folder) as Postman v2.1 or HAR to the file main’s save dialog returns.',
  ),
  'export.history': channel<ExportWritten>()(
    z
      .object({
        query: z.string().max(500).optional(),
        ids: z.array(z.string().min(1).max(64)).max(100_000).optional(),
      })
      .strict(),
    'Exports the history (the entries matching the search, or those listed) as HAR, masked, to the file main’s save dialog returns.',
  ),
} as const;
