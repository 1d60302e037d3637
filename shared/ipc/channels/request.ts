import { z } from 'zod';
import { channel, event } from '../define';
import type { HttpRequestSpec } from '../../http/types';
import { requestDraftSchema } from '../../request/draft';
import type { DraftProblem, SendOutcome } from '../../request/outcome';

export interface RequestPreview {
  /** The exact request main would send, every secret masked; null when the draft has problems. */
  readonly request: HttpRequestSpec | null;
  readonly problems: readonly DraftProblem[];
  readonly warnings: readonly string[];
}

const requestId = z.string().min(1).max(64);
/** The collection file a draft was opened from: its folders' variables apply. */
const collectionFile = z
  .string()
  .max(1024)
  .regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\]+$/, 'A path inside the collection')
  .nullable()
  .default(null);

export const requestChannels = {
  'request.preview': channel<RequestPreview>()(
    z.object({ draft: requestDraftSchema, collectionFile }).strict(),
    'The exact request a draft would send, secrets masked.',
  ),
  'request.send': channel<SendOutcome>()(
    z
      .object({
        requestId,
        draft: requestDraftSchema,
        title: z.string().max(300).default(''),
        confirmRisk: z.boolean().default(false),
        collectionFile,
      })
      .strict(),
    "Sends a draft with its profile's credentials; records it in history.",
  ),
  'request.cancel': channel<{ readonly cancelled: boolean }>()(
    z.object({ requestId }).strict(),
    'Cancels a send in flight.',
  ),
} as const;

/** A send in flight: its response's status and headers, how much body has arrived, its first lines. Masked. */
const sendProgress = z
  .object({
    requestId,
    responseId: z.string().min(1).max(64),
    status: z.number().int(),
    statusText: z.string(),
    headers: z.array(z.tuple([z.string(), z.string()])),
    receivedBytes: z.number().int().min(0),
    /** From Content-Length; null when the server did not say. */
    totalBytes: z.number().int().min(0).nullable(),
    /** The body's first whole lines (at most 64 KB), when they changed since the last update. */
    preview: z.string().optional(),
  })
  .strict();
export type SendProgress = z.output<typeof sendProgress>;

export const requestEvents = {
  'request.progress': event(
    sendProgress,
    'A send in flight: status and headers as they arrive, body progress and its first lines, secrets masked.',
  ),
} as const;
