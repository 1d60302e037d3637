import { z } from 'zod';
import { channel } from '../define';
import { requestDraftSchema } from '../../request/draft';

const collectionFile = z.string().max(1024).nullable();

export const sessionTabSchema = z.object({
  id: z.string().min(1).max(120),
  title: z.string().max(300),
  draft: requestDraftSchema,
  /** The draft as last saved or opened (null for a tab never saved): the tab is dirty when they differ. */
  savedDraft: requestDraftSchema.nullable(),
  collectionFile,
  /** The request editor's scroll position, in pixels. */
  scrollTop: z.number().min(0).max(10_000_000).default(0),
});
export type SessionTab = z.infer<typeof sessionTabSchema>;

export const sessionLayoutSchema = z.object({
  orientation: z.enum(['side-by-side', 'stacked']),
  ratio: z.number().min(0.2).max(0.8),
});
export type SessionLayout = z.infer<typeof sessionLayoutSchema>;

export const sessionSchema = z.object({
  tabs: z.array(sessionTabSchema).max(200),
  activeId: z.string().max(120).nullable(),
  layout: sessionLayoutSchema.nullable().default(null),
});
export type SessionState = z.infer<typeof sessionSchema>;

export const sessionChannels = {
  'session.get': channel<SessionState | null>()(
    z.object({}).strict(),
    'The open tabs, their unsaved drafts, the active tab and the layout as last written (secrets masked); null on a first start.',
  ),
  'session.save': channel<{ readonly ok: true }>()(
    sessionSchema.strict(),
    'Records the open tabs for the next start. Main masks every secret and clear credential, and writes atomically, debounced.',
  ),
} as const;
