import { z } from 'zod';
import { channel } from '../define';
import { MAX_BODY_SLICE_BYTES, type BodySlice } from '../../http/body-slice';

/** A byte range of a stored response body, exact, as base64 (IPC carries JSON; see `response.body.bytes`). */
export interface BodyBytes {
  /** The bytes [offset, nextOffset) encoded as base64. */
  readonly base64: string;
  readonly offset: number;
  readonly nextOffset: number;
  readonly totalBytes: number;
  readonly eof: boolean;
}

const bodyRange = z
  .object({
    responseId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/),
    offset: z.number().int().min(0),
    length: z.number().int().min(1).max(MAX_BODY_SLICE_BYTES),
  })
  .strict();

export const responseChannels = {
  'response.body.read': channel<BodySlice>()(
    bodyRange,
    'A slice of a response body as UTF-8 text (at most 4 MB per call).',
  ),
  'response.body.bytes': channel<BodyBytes>()(
    bodyRange,
    'The exact bytes of a range of a response body as base64 (at most 4 MB per call), for saving it to a file.',
  ),
} as const;
