import { z } from 'zod';
import { channel } from '../define';
import { MAX_BODY_SLICE_BYTES, type BodySlice } from '../../http/body-slice';

export const responseChannels = {
  'response.body.read': channel<BodySlice>()(
    z
      .object({
        responseId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
        offset: z.number().int().min(0),
        length: z.number().int().min(1).max(MAX_BODY_SLICE_BYTES),
      })
      .strict(),
    'A slice of a response body as UTF-8 text (at most 4 MB per call).',
  ),
} as const;
