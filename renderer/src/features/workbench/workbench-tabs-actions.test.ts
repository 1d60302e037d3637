import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../shared/request/draft';
import { createWorkbenchStore } from './workbench-store';

function setup(saveFails = false) {
  const saved: string[] = [];
  const store = createWorkbenchStore({
    send: () => Promise.reject(new Error('not in this test')),
    cancel: () => Promise.resolve(),
    save: (input) => {
      if (saveFails) return Promise.reject(new Error('read-only folder'));
      saved.push(input.name);
      return Promise.resolve({ file: 'saved.yaml', name: input.name } as never);
    },
    defaultProfileId: () => Promise.resolve(null),
    invalidate: () => undefined,
  });
  const titles = () => store.getState().tabs.tabs.map((tab) => tab.title);
  return { store, actions: store.actions, saved, titles };
}

const typeUrl = (actions: ReturnType<typeof setup>['actions'], url: string) => {
  const id = actions.activeTab()?.id ?? '';
  actions.update(id, (draft) => ({ ...draft, url }));
  return id;
};

describe('closing, duplicating and restoring tabs', () => {
  it('an edited tab asks before closing: Cancel keeps it, Save saves then closes, a failed save keeps it', async () => {
    const { store, actions, saved } = setup();
    actions.newTab('http');
    const id = typeUrl(actions, 'https://api.test/items');
    actions.close(id);
    expect(store.getState().closePrompt).toEqual({ tabId: id, title: 'GET /items' });
    await actions.answerClose('cancel');
    expect(store.getState().tabs.tabs).toHaveLength(1);
    actions.close(id);
    await actions.answerClose('save');
    expect(saved).toEqual(['GET api.test/items']);
    expect(store.getState().tabs.tabs).toHaveLength(0);

    const failing = setup(true);
    failing.actions.newTab('http');
    const edited = typeUrl(failing.actions, 'https://api.test/x');
    failing.actions.close(edited);
    await failing.actions.answerClose('save');
    expect(failing.actions.tab(edited)?.error).toBe('Not saved: read-only folder');
  });

  it('a clean tab closes at once; close others and close to the right ask only for edited tabs', () => {
    const { store, actions, titles } = setup();
    for (const title of ['a', 'b', 'c', 'd']) actions.open({ title, draft: emptyDraft('http') });
    const [a, b, c] = store.getState().tabs.tabs;
    actions.update(c?.id ?? '', (draft) => ({ ...draft, url: 'https://x.test/' }));
    actions.closeToTheRight(b?.id ?? '');
    expect(titles()).toEqual(['a', 'b', 'c']);
    expect(store.getState().closePrompt?.title).toBe('c');
    actions.closeOthers(a?.id ?? '');
    expect(titles()).toEqual(['a', 'c']);
  });

  it('duplicate and rename change the title the tab and its history entries get', () => {
    const { actions, titles } = setup();
    actions.newTab('http');
    const id = typeUrl(actions, 'https://api.test/users');
    actions.duplicate(id);
    expect(titles()).toEqual(['New request', 'GET /users copy']);
    actions.retitle(id, '  Users  ');
    expect(titles()[0]).toBe('Users');
  });

  it('leaving a sandbox closes its untouched blank tab, never one with work in it', () => {
    const { store, actions } = setup();
    actions.selectSandbox('apsis');
    expect(store.getState().tabs.tabs.map((tab) => tab.draft.sandbox)).toEqual(['apsis']);
    actions.selectSandbox('http');
    expect(store.getState().tabs.tabs.map((tab) => tab.draft.sandbox)).toEqual(['http']);
    typeUrl(actions, 'https://kept.test/');
    actions.selectSandbox('webcrm');
    expect(store.getState().tabs.tabs.map((tab) => tab.draft.sandbox)).toEqual(['http', 'webcrm']);
  });

  it('restores a session: tabs, active tab, unsaved drafts, layout and scroll positions', () => {
    const { store, actions } = setup();
    const saved = { ...emptyDraft('http'), url: 'https://api.test/a' };
    actions.restore({
      tabs: [
        { id: 't1', title: 'A', draft: saved, savedDraft: saved, collectionFile: 'a.yaml', scrollTop: 0 },
        {
          id: 't2',
          title: 'B',
          draft: { ...saved, url: 'https://api.test/b' },
          savedDraft: saved,
          collectionFile: null,
          scrollTop: 90,
        },
      ],
      activeId: 't2',
      layout: { orientation: 'stacked', ratio: 0.3 },
    });
    expect(actions.activeTab()?.draft.url).toBe('https://api.test/b');
    expect(store.getState().layout).toEqual({ orientation: 'stacked', ratio: 0.3 });
    expect(actions.scrollOf('t2')).toBe(90);
    expect(actions.session().tabs.map((tab) => [tab.id, tab.scrollTop])).toEqual([
      ['t1', 0],
      ['t2', 90],
    ]);
  });
});
