import { z } from 'zod';
import { channel, event } from '../define';
import { requestDraftSchema } from '../../request/draft';
import { variableInputSchema } from '../../environments/types';
import { type CollectionFolder, type CollectionItem, type CollectionListing } from '../../collections/format';

const fileName = z
  .string()
  .min(1)
  .max(1024)
  // Control characters (NUL above all) are refused here: the file system would reject them half-way through a save.
  .regex(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\\u0000-\u001f]+\.(ya?ml|json)$/,
    'A collection file is a path inside the collection (folders separated by /) ending in .yaml, .yml or .json, with no control character',
  );
const folderPath = z
  .string()
  .max(1024)
  .regex(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\\u0000-\u001f]*$/,
    'A folder is a path inside the collection, separated by /',
  );
const itemName = z.string().trim().min(1).max(300);
const openDir = z.string().min(1).max(4096);

/** The current collection and the others open beside it (read-only until made current). */
export interface OpenCollections {
  readonly current: string;
  readonly others: readonly {
    readonly dir: string;
    readonly listing: CollectionListing | null;
    /** Why the folder could not be listed (deleted, unreadable). */
    readonly error: string | null;
  }[];
}

export const collectionChannels = {
  'collections.list': channel<CollectionListing>()(
    z.object({}).strict(),
    'The saved requests in the collection folder, unreadable files included with their error.',
  ),
  'collections.save': channel<CollectionItem>()(
    z
      .object({
        name: itemName,
        draft: requestDraftSchema,
        file: fileName.nullable().default(null),
        /** Folder for a new file; ignored when `file` is given. */
        folder: folderPath.optional(),
      })
      .strict(),
    'Saves a request as a file (a new one, or over `file`). Secrets are never written.',
  ),
  'collections.delete': channel<{ readonly deleted: boolean }>()(
    z.object({ file: fileName }).strict(),
    'Deletes a saved request file (only a Parley request file in the collection); its exact bytes are kept for collections.undoDelete.',
  ),
  'collections.undoDelete': channel<CollectionItem>()(
    z.object({ file: fileName }).strict(),
    'Restores a request deleted in this session, byte for byte, at its place in the order.',
  ),
  'collections.rename': channel<CollectionItem>()(
    z.object({ file: fileName, name: itemName }).strict(),
    'Renames a saved request (its name and its file name); its place in the order is kept.',
  ),
  'collections.duplicate': channel<CollectionItem>()(
    z.object({ file: fileName }).strict(),
    'Copies a saved request as "<name> copy", right after it.',
  ),
  'collections.move': channel<CollectionItem>()(
    z.object({ file: fileName, folder: folderPath, index: z.number().int().min(0).nullable() }).strict(),
    'Moves a saved request into a folder at a position (the end when index is null). Never overwrites.',
  ),
  'collections.reorder': channel<{ readonly ok: true }>()(
    z.object({ folder: folderPath, order: z.array(z.string().min(1).max(255)).max(10_000) }).strict(),
    'Sets the order of a folder: file names and sub-folders (`name/`).',
  ),
  'collections.createFolder': channel<{ readonly folder: string }>()(
    z.object({ parent: folderPath, name: itemName }).strict(),
    'Creates a folder (a real directory) inside the collection.',
  ),
  'collections.renameFolder': channel<{ readonly folder: string }>()(
    z.object({ folder: folderPath.min(1), name: itemName }).strict(),
    'Renames a folder; refuses when the new name is taken.',
  ),
  'collections.updateFolder': channel<CollectionFolder>()(
    z
      .object({
        folder: folderPath,
        description: z.string().max(20_000).optional(),
        profiles: z.record(z.string(), z.string().max(120)).optional(),
        variables: z.array(variableInputSchema).max(1000).optional(),
      })
      .strict(),
    "A folder's description, default profile per provider and variables. Secret variables' values go to the vault, never to the file.",
  ),
  'collections.chooseFolder': channel<CollectionListing | null>()(
    z.object({}).strict(),
    'Asks the user (main’s folder dialog) for another collection folder, e.g. a git checkout; null when cancelled.',
  ),
  'collections.openFolders': channel<OpenCollections>()(
    z.object({}).strict(),
    'The current collection folder and the other open ones with their saved requests.',
  ),
  'collections.addFolder': channel<OpenCollections | null>()(
    z.object({}).strict(),
    'Asks the user (main’s folder dialog) for a collection folder to open beside the current one; null when cancelled.',
  ),
  'collections.removeFolder': channel<OpenCollections>()(
    z.object({ dir: openDir }).strict(),
    'Closes one of the other open collections (its files stay where they are).',
  ),
  'collections.switchFolder': channel<OpenCollections>()(
    z.object({ dir: openDir }).strict(),
    'Makes one of the other open collections the current one, where saving and editing happen.',
  ),
} as const;

export const collectionEvents = {
  'collections.changed': event(
    z.object({ dir: z.string() }),
    'Files in the collection folder changed (a save, or a git pull outside the app).',
  ),
} as const;
