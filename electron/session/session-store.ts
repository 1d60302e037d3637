/**
 * The window's session (open tabs, unsaved drafts, the active tab, the layout) for the next start or
 * after a crash. Writes are debounced (typing saves once it pauses) and go through the resilient document
 * (write to a temporary file, then rename), with every secret masked first.
 */
import { z } from 'zod';
import { sessionSchema, type SessionState } from '../../shared/ipc/channels/session';
import type { MainDeps } from '../deps';
import type { Handlers } from '../ipc/router';
import { scrubDraft } from './session-scrub';

const WRITE_DELAY_MS = 400;

const documentSchema = z.object({ session: sessionSchema.nullable().default(null) });

export interface SessionStore {
  read(): SessionState | null;
  /** Masks the session's secrets and schedules a write. */
  save(session: SessionState): void;
  /** Writes a pending session now. */
  flush(): void;
  dispose(): void;
}

export function createSessionStore(
  deps: Pick<MainDeps, 'openDocument'>,
  secrets: () => readonly string[],
): SessionStore {
  const document = deps.openDocument({
    name: 'session',
    schema: documentSchema,
    defaults: { session: null },
    label: 'your open tabs',
  });
  let pending: SessionState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const known = secrets();
    const session: SessionState = {
      ...pending,
      tabs: pending.tabs.map((tab) => ({
        ...tab,
        draft: scrubDraft(tab.draft, known),
        savedDraft: tab.savedDraft && scrubDraft(tab.savedDraft, known),
      })),
    };
    pending = null;
    document.write({ session });
  };

  return {
    read: () => {
      flush();
      return document.read().session;
    },
    save(session) {
      pending = session;
      if (!timer) timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    flush,
    dispose: flush,
  };
}

export function createSessionHandlers(store: SessionStore): Pick<Handlers, 'session.get' | 'session.save'> {
  return {
    'session.get': () => store.read(),
    'session.save': (session) => {
      store.save(session);
      return { ok: true };
    },
  };
}
