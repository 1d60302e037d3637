import { z } from 'zod';
import { channel, event } from '../define';
import { requestDraftSchema } from '../../request/draft';
import type { CollectionItem, CollectionListing } from '../../collections/format';

const fileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.(ya?ml|json)$/, 'A collection file name ends in .yaml, .yml or .json and has no folder part');

export const collectionChannels = {
  'collections.list': channel<CollectionListing>()(
    z.object({}).strict(),
    'The saved requests in the collection folder, unreadable files included with their error.',
  ),
  'collections.save': channel<CollectionItem>()(
    z
      .object({
        name: z.string().trim().min(1).max(300),
        draft: requestDraftSchema,
        file: fileName.nullable().default(null),
      })
      .strict(),
    'Saves a request as a file (a new one, or over `file`). Secrets are never written.',
  ),
  'collections.delete': channel<{ readonly deleted: boolean }>()(
    z.object({ file: fileName }).strict(),
    'Deletes a saved request file (only a Parley request file in the collection folder).',
  ),
  'collections.chooseFolder': channel<CollectionListing | null>()(
    z.object({}).strict(),
    'Asks the user (main’s folder dialog) for another collection folder, e.g. a git checkout; null when cancelled.',
  ),
} as const;

export const collectionEvents = {
  'collections.changed': event(
    z.object({ dir: z.string() }),
    'Files in the collection folder changed (a save, or a git pull outside the app).',
  ),
} as const;
