import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../shared/request/draft';
import type { SendOutcome } from '../../../../shared/request/outcome';
import { initialTabs, isDirty, tabsReducer, type TabsState } from './tabs';

const open = (state: TabsState, id: string) =>
  tabsReducer(state, {
    type: 'open',
    tab: { id, title: id, draft: emptyDraft('http'), savedDraft: emptyDraft('http'), collectionFile: null },
  });

const outcome = (requestId: string): SendOutcome => ({
  requestId,
  historyId: null,
  sent: null,
  response: null,
  error: null,
  interpretation: null,
  warnings: [],
});

describe('request tabs', () => {
  it("keeps each tab's unsent edits and last response across ten tabs", () => {
    let state = initialTabs;
    for (let i = 0; i < 10; i += 1) state = open(state, `t${i}`);
    for (let i = 0; i < 10; i += 1) {
      state = tabsReducer(state, {
        type: 'edit',
        id: `t${i}`,
        draft: { ...emptyDraft('http'), url: `https://example.test/${i}` },
      });
      state = tabsReducer(state, { type: 'sending', id: `t${i}`, requestId: `r${i}` });
      state = tabsReducer(state, { type: 'sent', id: `t${i}`, requestId: `r${i}`, outcome: outcome(`r${i}`) });
    }
    for (let i = 9; i >= 0; i -= 1) {
      state = tabsReducer(state, { type: 'activate', id: `t${i}` });
      const tab = state.tabs.find((t) => t.id === state.activeId);
      expect(tab?.draft.url).toBe(`https://example.test/${i}`);
      expect(tab?.outcome?.requestId).toBe(`r${i}`);
      expect(tab && isDirty(tab)).toBe(true);
    }
  });

  it('ignores a late response from a request the user already replaced', () => {
    let state = open(initialTabs, 'a');
    state = tabsReducer(state, { type: 'sending', id: 'a', requestId: 'old' });
    state = tabsReducer(state, { type: 'sending', id: 'a', requestId: 'new' });
    state = tabsReducer(state, { type: 'sent', id: 'a', requestId: 'old', outcome: outcome('old') });
    expect(state.tabs[0]?.outcome).toBeNull();
    expect(state.tabs[0]?.pendingRequestId).toBe('new');
  });

  it('closes to the neighbour and reopens the last closed tab with its edits', () => {
    let state = open(open(open(initialTabs, 'a'), 'b'), 'c');
    state = tabsReducer(state, { type: 'edit', id: 'b', draft: { ...emptyDraft('http'), url: 'kept' } });
    state = tabsReducer(state, { type: 'activate', id: 'b' });
    state = tabsReducer(state, { type: 'close', id: 'b' });
    expect(state.activeId).toBe('c');
    expect(state.tabs.map((t) => t.id)).toEqual(['a', 'c']);
    state = tabsReducer(state, { type: 'reopen' });
    expect(state.activeId).toBe('b');
    expect(state.tabs.find((t) => t.id === 'b')?.draft.url).toBe('kept');
  });
});
