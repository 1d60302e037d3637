/**
 * The open request tabs: pure state and a reducer, so switching tabs keeps each one's unsent edits and
 * last response, and the logic is testable without React.
 */
import type { RequestDraft } from '../../../../shared/request/draft';
import type { SendOutcome } from '../../../../shared/request/outcome';

export interface RequestTab {
  readonly id: string;
  readonly title: string;
  readonly draft: RequestDraft;
  /** The draft as last saved or opened: dirty when the current draft differs. */
  readonly savedDraft: RequestDraft | null;
  /** The collection file this tab was saved to, if any. */
  readonly collectionFile: string | null;
  readonly outcome: SendOutcome | null;
  readonly pendingRequestId: string | null;
  readonly error: string | null;
  /** Raw parameter or body JSON that does not parse yet: kept so switching tabs loses nothing; blocks sending. */
  readonly rawText: string | null;
}

export interface TabsState {
  readonly tabs: readonly RequestTab[];
  readonly activeId: string | null;
  /** Most recently closed first: Ctrl+Shift+T reopens. */
  readonly closed: readonly RequestTab[];
}

export type TabsAction =
  | { type: 'open'; tab: Omit<RequestTab, 'outcome' | 'pendingRequestId' | 'error' | 'rawText'> }
  | { type: 'activate'; id: string }
  /** Tabs brought back from the last session: they replace whatever is open. */
  | {
      type: 'restore';
      tabs: readonly Omit<RequestTab, 'outcome' | 'pendingRequestId' | 'error' | 'rawText'>[];
      activeId: string | null;
    }
  /** A new title chosen by the user (the file keeps its name until the tab is saved). */
  | { type: 'retitle'; id: string; title: string }
  | { type: 'close'; id: string }
  | { type: 'reopen' }
  | { type: 'edit'; id: string; draft: RequestDraft; title?: string; rawText?: string | null }
  | { type: 'sending'; id: string; requestId: string }
  | { type: 'sent'; id: string; requestId: string; outcome: SendOutcome }
  | { type: 'failed'; id: string; requestId: string; error: string }
  | { type: 'error'; id: string; error: string }
  | { type: 'dismissError'; id: string }
  | { type: 'saved'; id: string; file: string; title: string }
  /** A new tab takes its provider's default profile; not an edit, so the tab stays clean. */
  | { type: 'adoptProfile'; id: string; profileId: string }
  /** A collection file changed on disk: tabs showing it without unsaved edits take the new content. */
  | { type: 'reload'; file: string; draft: RequestDraft; title: string };

export const initialTabs: TabsState = { tabs: [], activeId: null, closed: [] };

export function isDirty(tab: RequestTab): boolean {
  return tab.savedDraft !== null && JSON.stringify(tab.draft) !== JSON.stringify(tab.savedDraft);
}

const update = (state: TabsState, id: string, change: (tab: RequestTab) => RequestTab): TabsState => ({
  ...state,
  tabs: state.tabs.map((tab) => (tab.id === id ? change(tab) : tab)),
});

export function tabsReducer(state: TabsState, action: TabsAction): TabsState {
  switch (action.type) {
    case 'open': {
      const tab: RequestTab = { ...action.tab, outcome: null, pendingRequestId: null, error: null, rawText: null };
      return { ...state, tabs: [...state.tabs, tab], activeId: tab.id };
    }
    case 'restore': {
      const tabs = action.tabs.map((tab) => ({
        ...tab,
        outcome: null,
        pendingRequestId: null,
        error: null,
        rawText: null,
      }));
      const activeId = tabs.some((tab) => tab.id === action.activeId) ? action.activeId : (tabs[0]?.id ?? null);
      return { tabs, activeId, closed: state.closed };
    }
    case 'retitle':
      return update(state, action.id, (tab) => ({ ...tab, title: action.title }));
    case 'activate':
      return state.tabs.some((tab) => tab.id === action.id) ? { ...state, activeId: action.id } : state;
    case 'close': {
      const index = state.tabs.findIndex((tab) => tab.id === action.id);
      const closing = state.tabs[index];
      if (!closing) return state;
      const tabs = state.tabs.filter((tab) => tab.id !== action.id);
      const neighbour = tabs[Math.min(index, tabs.length - 1)];
      const activeId = state.activeId === action.id ? (neighbour?.id ?? null) : state.activeId;
      return { tabs, activeId, closed: [{ ...closing, pendingRequestId: null }, ...state.closed].slice(0, 20) };
    }
    case 'reopen': {
      const [last, ...rest] = state.closed;
      if (!last) return state;
      return { tabs: [...state.tabs, last], activeId: last.id, closed: rest };
    }
    case 'edit':
      return update(state, action.id, (tab) => ({
        ...tab,
        draft: action.draft,
        title: action.title ?? tab.title,
        rawText: action.rawText === undefined ? tab.rawText : action.rawText,
      }));
    case 'sending':
      return update(state, action.id, (tab) => ({ ...tab, pendingRequestId: action.requestId, error: null }));
    case 'sent':
      return update(state, action.id, (tab) =>
        tab.pendingRequestId === action.requestId ? { ...tab, outcome: action.outcome, pendingRequestId: null } : tab,
      );
    case 'failed':
      return update(state, action.id, (tab) =>
        tab.pendingRequestId === action.requestId ? { ...tab, error: action.error, pendingRequestId: null } : tab,
      );
    case 'error':
      return update(state, action.id, (tab) => ({ ...tab, error: action.error }));
    case 'dismissError':
      return update(state, action.id, (tab) => ({ ...tab, error: null }));
    case 'adoptProfile':
      return update(state, action.id, (tab) =>
        tab.draft.profileId !== null
          ? tab
          : {
              ...tab,
              draft: { ...tab.draft, profileId: action.profileId },
              savedDraft: tab.savedDraft && { ...tab.savedDraft, profileId: action.profileId },
            },
      );
    case 'reload': {
      const takes = (tab: RequestTab) =>
        tab.collectionFile === action.file &&
        !isDirty(tab) &&
        JSON.stringify(tab.draft) !== JSON.stringify(action.draft);
      // Unchanged when no tab takes the file, so the window does not re-render for every listing refresh.
      if (!state.tabs.some(takes)) return state;
      return {
        ...state,
        tabs: state.tabs.map((tab) =>
          takes(tab) ? { ...tab, draft: action.draft, savedDraft: action.draft, title: action.title } : tab,
        ),
      };
    }
    case 'saved':
      return update(state, action.id, (tab) => ({
        ...tab,
        collectionFile: action.file,
        title: action.title,
        savedDraft: tab.draft,
      }));
  }
}
