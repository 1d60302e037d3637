/**
 * Brings the last session's tabs back at start and records the open tabs while the user works. Main masks
 * secrets and writes the file; this side only sends the state once it has settled (debounced), and never
 * before the last session was read, so a start cannot overwrite it with an empty window.
 */
import type { SessionState } from '../../../../shared/ipc/channels/session';
import type { WorkbenchStore } from './workbench-store';

export interface SessionDeps {
  read(): Promise<SessionState | null>;
  write(session: SessionState): Promise<unknown>;
}

const SETTLE_MS = 300;

export function startSessionSync(store: WorkbenchStore, deps: SessionDeps): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe: (() => void)[] = [];
  let last = '';

  const write = () => {
    timer = null;
    const session = store.actions.session();
    const text = JSON.stringify(session);
    if (text === last) return;
    last = text;
    void deps.write(session).catch(() => undefined);
  };
  // A change marks the time; one timer waits until the changes have paused (no timer reset per key typed).
  let changedAt = 0;
  const settle = () => {
    const quiet = Date.now() - changedAt;
    timer = quiet >= SETTLE_MS ? null : setTimeout(settle, SETTLE_MS - quiet);
    if (timer === null) write();
  };
  const schedule = () => {
    changedAt = Date.now();
    timer ??= setTimeout(settle, SETTLE_MS);
  };

  void deps
    .read()
    .catch(() => null)
    .then((session) => {
      if (stopped) return;
      // Tabs opened before the session came back (a click during start) are kept after the restored ones.
      const opened = store.getState().tabs.tabs;
      if (session && session.tabs.length > 0) {
        const startedWith = opened.length > 0 ? store.actions.session().tabs : [];
        store.actions.restore({ ...session, tabs: [...session.tabs, ...startedWith] });
        const lastOpened = opened[opened.length - 1];
        if (lastOpened) store.actions.activate(lastOpened.id);
      } else if (session?.layout) store.actions.setLayout(session.layout);
      last = JSON.stringify(store.actions.session());
      unsubscribe.push(store.subscribe(schedule), store.subscribeScroll(schedule));
    });

  // A closing window writes at once rather than after the pause.
  const flush = () => {
    if (timer) {
      clearTimeout(timer);
      write();
    }
  };
  window.addEventListener('pagehide', flush);
  return () => {
    stopped = true;
    flush();
    for (const stop of unsubscribe) stop();
    window.removeEventListener('pagehide', flush);
  };
}
