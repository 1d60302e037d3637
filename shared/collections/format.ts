/**
 * A saved request on disk: one readable YAML file per request, no secrets, a profile referenced by name
 * (ids differ between machines; names are what a team shares).
 */
import { z } from 'zod';
import { requestDraftSchema, type RequestDraft } from '../request/draft';

export const COLLECTION_FORMAT_VERSION = 1;

export const collectionFileSchema = z.object({
  parley: z.literal(COLLECTION_FORMAT_VERSION),
  name: z.string().min(1).max(300),
  /** The profile's name, resolved against the profiles of the request's provider when opened. */
  profile: z.string().max(120).nullable().default(null),
  request: requestDraftSchema.omit({ profileId: true }),
});
export type CollectionFile = z.infer<typeof collectionFileSchema>;

export interface CollectionItem {
  /** File name inside the collection folder. */
  readonly file: string;
  readonly name: string;
  readonly sandbox: RequestDraft['sandbox'] | null;
  /** Ready to open, with the profile resolved (null when no profile of that name exists here). */
  readonly draft: RequestDraft | null;
  readonly profileName: string | null;
  /** Why the file could not be read; the item is listed anyway so nothing is silently dropped. */
  readonly error: string | null;
  readonly modifiedAt: string;
}

export interface CollectionListing {
  readonly dir: string;
  readonly items: readonly CollectionItem[];
}

/** A file name from a request name: readable, safe on every OS. */
export function fileNameFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'request'}.yaml`;
}
