import { z } from 'zod';
import { channel } from '../define';
import type { HistoryEntry, HistorySummary } from '../../history/types';

const historyId = z.string().min(1).max(64);

export const historyChannels = {
  'history.list': channel<readonly HistorySummary[]>()(
    z
      .object({
        query: z.string().max(500).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
        before: historyId.optional(),
      })
      .strict(),
    'Recorded exchanges, newest first, optionally filtered by search words.',
  ),
  'history.get': channel<HistoryEntry>()(
    z.object({ id: historyId }).strict(),
    'One recorded exchange whole: draft, request as sent, response.',
  ),
  'history.delete': channel<{ readonly deleted: boolean }>()(
    z.object({ id: historyId }).strict(),
    'Deletes one entry and its body file.',
  ),
  'history.clear': channel<{ readonly cleared: true }>()(
    z.object({}).strict(),
    'Deletes the whole history and its body files.',
  ),
} as const;
