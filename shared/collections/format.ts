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
  /** What the request is for, as imported (a Postman request's description) or written by hand. */
  description: z.string().max(20_000).optional(),
  /** The profile's name, resolved against the profiles of the request's provider when opened. */
  profile: z.string().max(120).nullable().default(null),
  request: requestDraftSchema.omit({ profileId: true }),
});
export type CollectionFile = z.infer<typeof collectionFileSchema>;

export interface CollectionItem {
  /** Path inside the collection folder, `/`-separated (`users/admin/list-users.yaml`; a bare name at the top). */
  readonly file: string;
  /** The folder the item is in, `/`-separated, '' at the top. */
  readonly folder: string;
  readonly name: string;
  /** The file's description, when it has one. */
  readonly description?: string;
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
  /** Items in tree order: each folder's explicit order first, then the rest by name. */
  readonly items: readonly CollectionItem[];
  /** Every folder under the collection, the top one ('') included, parents before children. */
  readonly folders: readonly CollectionFolder[];
}

/**
 * A folder's own file (`folder.parley.yaml`): its description, the order of its entries, a default
 * profile per provider and its variables. Secret variables appear by name only; their values live in
 * the vault. Entries missing from `order` follow the listed ones by name, so one move touches one line.
 */
export const FOLDER_FILE = 'folder.parley.yaml';

export const folderVariableSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'A variable name starts with a letter or _'),
  value: z
    .string()
    .max(64 * 1024)
    .default(''),
  /** The value is in the vault; the file holds only the name. */
  secret: z.boolean().default(false),
});
export type FolderVariable = z.infer<typeof folderVariableSchema>;

export const folderFileSchema = z.object({
  parley: z.literal(COLLECTION_FORMAT_VERSION).default(COLLECTION_FORMAT_VERSION),
  description: z.string().max(20_000).default(''),
  /** File and sub-folder names in this folder, in the user's order (sub-folders end in `/`). */
  order: z.array(z.string().max(255)).default([]),
  /** Provider id → profile name used by requests in this folder that have none of their own. */
  profiles: z.record(z.string(), z.string().max(120)).default({}),
  variables: z.array(folderVariableSchema).default([]),
  /** The runner may send this folder's requests at once (order kept otherwise). */
  parallel: z.boolean().default(false),
});
export type FolderFile = z.infer<typeof folderFileSchema>;

export interface CollectionFolder {
  /** `/`-separated path inside the collection, '' for the top. */
  readonly path: string;
  readonly name: string;
  readonly settings: FolderFile;
  /** Why the folder file could not be read (its settings are then the defaults). */
  readonly error: string | null;
}

/** `METHOD host/path` for a request with no name of its own. */
export function defaultRequestName(method: string, url: string): string {
  const trimmed = url.trim();
  if (!trimmed) return `${method} request`;
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    return `${method} ${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`.slice(0, 300);
  } catch {
    return `${method} ${trimmed}`.slice(0, 300);
  }
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
