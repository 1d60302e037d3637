import { z } from 'zod';
import { channel } from '../define';

/** A file the user picked in main's open dialog: the renderer holds a token for it, never a path it chose. */
export interface PickedFile {
  /** What a body's `path` (or a part's `filePath`) holds; main resolves it to the picked file. */
  readonly token: string;
  readonly name: string;
  readonly size: number;
}

export const fileChannels = {
  'files.pick': channel<PickedFile | null>()(
    z.object({}).strict(),
    'Asks the user for a file to send as a body or multipart part (main’s open dialog); null when cancelled.',
  ),
} as const;
