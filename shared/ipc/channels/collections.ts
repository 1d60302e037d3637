import { z } from 'zod';
import { channel, event } from '../define';
import { requestDraftSchema } from '../../request/draft';
import type { CollectionItem, CollectionListing } from '../../collections/format';

const fileName = z
  .string()
  .min(1)
  .max(255)
  // Control characters (NUL above all) are refused here: the file system would reject them half-way through a save.
  .regex(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /^[^/\\\u0000-\u001f]+\.(ya?ml|json)$/,
    'A collection file name ends in .yaml, .yml or .json and has no folder part or control character',
  );

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
    'Deletes a saved request file.',
  ),
  'collections.setFolder': channel<CollectionListing>()(
    z.object({ dir: z.string().min(1).max(4096) }).strict(),
    'Uses another folder (e.g. a git checkout) as the collection.',
  ),
} as const;

export const collectionEvents = {
  'collections.changed': event(
    z.object({ dir: z.string() }),
    'Files in the collection folder changed (a save, or a git pull outside the app).',
  ),
} as const;
