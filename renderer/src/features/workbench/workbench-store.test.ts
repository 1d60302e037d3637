import { describe, expect, it } from 'vitest';
import type { SendOutcome } from '../../../../shared/request/outcome';
import { emptyDraft } from '../../../../shared/request/draft';
import { createWorkbenchStore, type WorkbenchDeps, type WorkbenchState } from './workbench-store';

const outcome = (requestId: string): SendOutcome => ({
  requestId,
  historyId: null,
  sent: null,
  response: null,
  error: null,
  interpretation: null,
  warnings: [],
});

function setup(overrides: Partial<WorkbenchDeps> = {}) {
  const cancelled: string[] = [];
  const invalidated: string[] = [];
  const store = createWorkbenchStore({
    send: (input) => Promise.resolve(outcome(input.requestId)),
    cancel: (requestId) => {
      cancelled.push(requestId);
      return Promise.resolve();
    },
    save: (input) => Promise.resolve({ file: 'saved.yaml', name: input.name } as never),
    defaultProfileId: () => Promise.resolve(null),
    invalidate: (channel) => invalidated.push(channel),
    ...overrides,
  });
  return { store, actions: store.actions, cancelled, invalidated };
}

/** What a component selecting `select` would see after each change: a new value means a re-render. */
function watch<T>(store: ReturnType<typeof setup>['store'], select: (state: WorkbenchState) => T) {
  const seen: T[] = [select(store.getState())];
  store.subscribe(() => {
    const value = select(store.getState());
    if (!Object.is(value, seen.at(-1))) seen.push(value);
  });
  return seen;
}

describe('the workbench store', () => {
  it('typing in one tab changes that tab only: the other tabs, the tab list and the sandbox keep their values', () => {
    const { store, actions } = setup();
    for (let i = 0; i < 10; i += 1) actions.newTab('http');
    const [first, , third] = store.getState().tabs.tabs;
    if (!first || !third) throw new Error('tabs not opened');
    const other = watch(store, (state) => state.tabs.tabs.find((tab) => tab.id === first.id));
    const sandbox = watch(store, (state) => state.sandbox);
    const activeId = watch(store, (state) => state.tabs.activeId);
    const edited = watch(store, (state) => state.tabs.tabs.find((tab) => tab.id === third.id)?.draft.url);

    for (const char of 'https://example.test')
      actions.update(third.id, (draft) => ({ ...draft, url: draft.url + char }));

    expect(edited.at(-1)).toBe('https://example.test');
    expect(edited).toHaveLength('https://example.test'.length + 1);
    expect(other).toHaveLength(1);
    expect(sandbox).toHaveLength(1);
    expect(activeId).toHaveLength(1);
  });

  it('keeps one actions object for its life, so handlers never go stale', () => {
    const { store, actions } = setup();
    actions.newTab('http');
    const id = store.getState().tabs.activeId ?? '';
    actions.update(id, (draft) => ({ ...draft, url: 'https://a.test' }));
    expect(store.actions).toBe(actions);
    expect(actions.activeTab()?.draft.url).toBe('https://a.test');
  });

  it('sends the current draft and refreshes history afterwards', async () => {
    const sent: string[] = [];
    const { store, actions, invalidated } = setup({
      send: (input) => {
        sent.push(input.draft.url);
        return Promise.resolve(outcome(input.requestId));
      },
    });
    actions.newTab('http');
    const id = store.getState().tabs.activeId ?? '';
    actions.update(id, (draft) => ({ ...draft, url: 'https://b.test' }));
    await actions.send(id);
    expect(sent).toEqual(['https://b.test']);
    expect(actions.tab(id)?.outcome).not.toBeNull();
    expect(invalidated).toContain('history.list');
  });

  it('cancels every request in flight when the window goes away', async () => {
    const { store, actions, cancelled } = setup({ send: () => new Promise<SendOutcome>(() => undefined) });
    actions.newTab('http');
    const a = store.getState().tabs.activeId ?? '';
    actions.update(a, (draft) => ({ ...draft, url: 'https://slow.test/a' }));
    void actions.send(a);
    actions.newTab('http');
    const b = store.getState().tabs.activeId ?? '';
    actions.update(b, (draft) => ({ ...draft, url: 'https://slow.test/b' }));
    void actions.send(b);
    const pending = store.getState().tabs.tabs.map((tab) => tab.pendingRequestId);
    expect(pending.every((requestId) => requestId !== null)).toBe(true);
    await actions.cancelAll();
    expect(cancelled.sort()).toEqual([...pending].sort());
  });

  it('a collection listing that changes no open tab notifies nobody', () => {
    const { store, actions } = setup();
    actions.newTab('http');
    let notified = 0;
    store.subscribe(() => (notified += 1));
    actions.reloadFromDisk('elsewhere.yaml', emptyDraft('http'), 'Elsewhere');
    expect(notified).toBe(0);
  });
});
