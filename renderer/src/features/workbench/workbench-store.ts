/**
 * The workbench's state for the whole window (open tabs, the current sandbox, a pending risk prompt) in a
 * small external store, and the actions on it. Components subscribe to the slice they show
 * (WorkbenchContext's hooks), so an edit in one tab re-renders only what shows that edit.
 */
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import type { SandboxId } from '../../../../shared/providers/sandboxes';
import type { ProviderId } from '../../../../shared/providers/types';
import { emptyDraft, type RequestDraft } from '../../../../shared/request/draft';
import { ParleyIpcError } from '../../ipc/client';
import { firstSaveName } from './builder-for';
import { draftProblems } from './draft-problems';
import { initialTabs, isDirty, tabsReducer, type RequestTab, type TabsAction, type TabsState } from './tabs';
import { NEW_REQUEST_TITLE, tabTitle } from './tab-title';
import type { SessionLayout, SessionState } from '../../../../shared/ipc/channels/session';
import { errorMessage } from '../../../../shared/values';

export interface OpenOptions {
  readonly title: string;
  readonly draft: RequestDraft;
  readonly collectionFile?: string | null;
  /** Replace the active tab when it is untouched and of the same sandbox, as Postman's preview tab does. */
  readonly reuseClean?: boolean;
}

export interface RiskPrompt {
  readonly message: string;
  readonly confirm: () => void;
  readonly cancel: () => void;
}

/** An edited tab asked to close: the window asks Save / Don't save / Cancel. */
export interface ClosePrompt {
  readonly tabId: string;
  readonly title: string;
}

export interface WorkbenchState {
  readonly tabs: TabsState;
  readonly sandbox: SandboxId;
  readonly riskPrompt: RiskPrompt | null;
  readonly closePrompt: ClosePrompt | null;
  /** The editor/response split. */
  readonly layout: SessionLayout;
}

export interface EditOptions {
  readonly title?: string;
  readonly rawText?: string | null;
}

/** Stable for the store's life: safe in effect dependencies and as props of memoised components. */
export interface WorkbenchActions {
  /** The state now, for event handlers (reading it does not subscribe). */
  getState(): WorkbenchState;
  tab(id: string): RequestTab | undefined;
  activeTab(): RequestTab | null;
  selectSandbox(id: SandboxId): void;
  open(options: OpenOptions): void;
  newTab(sandbox?: SandboxId): void;
  activate(id: string): void;
  /** Closes a tab; an edited one asks first (closePrompt). */
  close(id: string): void;
  /** Closes a tab without asking, its edits lost. */
  discard(id: string): void;
  /** The answer to closePrompt. */
  answerClose(answer: 'save' | 'discard' | 'cancel'): Promise<void>;
  closeOthers(id: string): void;
  closeToTheRight(id: string): void;
  duplicate(id: string): void;
  retitle(id: string, title: string): void;
  /** Replaces the open tabs with those of the last session. */
  restore(session: SessionState): void;
  /** The request editor's scroll position per tab, kept for the session without re-rendering. */
  setScroll(id: string, top: number): void;
  scrollOf(id: string): number;
  setLayout(layout: SessionLayout): void;
  /** The open tabs as the session file records them. */
  session(): SessionState;
  reopen(): void;
  edit(id: string, draft: RequestDraft, options?: EditOptions): void;
  /** Edits from the tab's current draft, so a handler needs no draft of its own. */
  update(id: string, change: (draft: RequestDraft) => RequestDraft, options?: EditOptions): void;
  /** Sends the tab's draft; `force` skips the catalog checks (to provoke a provider's own error). */
  send(id: string, force?: boolean): Promise<void>;
  cancel(id: string): Promise<void>;
  /** Cancels every request in flight (the window is going away). */
  cancelAll(): Promise<void>;
  save(id: string, name?: string): Promise<void>;
  /** Saves every edited tab; true when none is left unsaved. */
  saveAll(): Promise<boolean>;
  dismissError(id: string): void;
  reloadFromDisk(file: string, draft: RequestDraft, title: string): void;
}

/** What the store needs from main and from the query cache. */
export interface WorkbenchDeps {
  send(input: ChannelInput<'request.send'>): Promise<ChannelOutput<'request.send'>>;
  cancel(requestId: string): Promise<void>;
  save(input: ChannelInput<'collections.save'>): Promise<ChannelOutput<'collections.save'>>;
  defaultProfileId(providerId: ProviderId): Promise<string | null>;
  /** Cached IPC answers that a send or a save makes stale, by channel name. */
  invalidate(channel: string): void;
}

export interface WorkbenchStore {
  getState(): WorkbenchState;
  subscribe(listener: () => void): () => void;
  /** Scroll positions change without a state change (nothing re-renders): the session listens here. */
  subscribeScroll(listener: () => void): () => void;
  readonly actions: WorkbenchActions;
}

/** An untouched empty tab: nothing typed, nothing picked, nothing sent. */
function isBlank(tab: RequestTab): boolean {
  return (
    isClean(tab, tab.draft.sandbox) && tab.draft.url.trim() === '' && (tab.draft.provider?.endpointId ?? null) === null
  );
}

function isClean(tab: RequestTab | null, sandbox: SandboxId): boolean {
  return Boolean(
    tab &&
    tab.draft.sandbox === sandbox &&
    !tab.collectionFile &&
    !tab.outcome &&
    !tab.pendingRequestId &&
    JSON.stringify(tab.draft) === JSON.stringify(tab.savedDraft),
  );
}

const message = (error: unknown) => errorMessage(error);

export function createWorkbenchStore(deps: WorkbenchDeps): WorkbenchStore {
  let state: WorkbenchState = {
    tabs: initialTabs,
    sandbox: 'http',
    riskPrompt: null,
    closePrompt: null,
    layout: { orientation: 'side-by-side', ratio: 0.5 },
  };
  const scrolls = new Map<string, number>();
  const scrollListeners = new Set<() => void>();
  const listeners = new Set<() => void>();
  let tabCounter = 0;

  const set = (next: WorkbenchState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const dispatch = (action: TabsAction) => {
    const tabs = tabsReducer(state.tabs, action);
    if (tabs !== state.tabs) set({ ...state, tabs });
  };
  const setSandbox = (sandbox: SandboxId) => {
    if (sandbox !== state.sandbox) set({ ...state, sandbox });
  };
  const setRiskPrompt = (riskPrompt: RiskPrompt | null) => set({ ...state, riskPrompt });
  const tab = (id: string) => state.tabs.tabs.find((candidate) => candidate.id === id);
  const activeTab = () => (state.tabs.activeId === null ? null : (tab(state.tabs.activeId) ?? null));

  const newId = () => {
    tabCounter += 1;
    return `tab-${Date.now().toString(36)}-${tabCounter}`;
  };

  const open = (options: OpenOptions) => {
    const current = activeTab();
    if (options.reuseClean && current && isClean(current, options.draft.sandbox))
      dispatch({ type: 'close', id: current.id });
    const id = newId();
    dispatch({
      type: 'open',
      tab: {
        id,
        title: options.title,
        draft: options.draft,
        savedDraft: options.draft,
        collectionFile: options.collectionFile ?? null,
      },
    });
    setSandbox(options.draft.sandbox);
    const { sandbox } = options.draft;
    if (options.draft.profileId === null && sandbox !== 'http') {
      void deps
        .defaultProfileId(sandbox)
        .then((profileId) => profileId && dispatch({ type: 'adoptProfile', id, profileId }))
        .catch(() => undefined);
    }
  };

  const sendWith = async (id: string, confirmRisk: boolean, force: boolean): Promise<void> => {
    const current = tab(id);
    if (!current || current.pendingRequestId) return;
    const blocked = draftProblems(current, force);
    if (blocked) {
      dispatch({ type: 'error', id, error: blocked });
      return;
    }
    const requestId = crypto.randomUUID();
    dispatch({ type: 'sending', id, requestId });
    try {
      const outcome = await deps.send({
        requestId,
        draft: current.draft,
        title: tabTitle(current),
        confirmRisk,
        collectionFile: current.collectionFile,
      });
      dispatch({ type: 'sent', id, requestId, outcome });
    } catch (error) {
      if (error instanceof ParleyIpcError && error.detail.code === 'confirmation-required') {
        dispatch({ type: 'failed', id, requestId, error: 'Not sent: waiting for your confirmation.' });
        setRiskPrompt({
          message: error.message,
          confirm: () => {
            setRiskPrompt(null);
            void sendWith(id, true, true);
          },
          cancel: () => {
            setRiskPrompt(null);
            dispatch({ type: 'dismissError', id });
          },
        });
        return;
      }
      dispatch({ type: 'failed', id, requestId, error: message(error) });
    } finally {
      for (const channel of ['history.list', 'profiles.authState', 'profiles.tokenState']) deps.invalidate(channel);
    }
  };

  const edit = (id: string, draft: RequestDraft, options?: EditOptions) =>
    dispatch({ type: 'edit', id, draft, ...options });

  const actions: WorkbenchActions = {
    getState: () => state,
    tab,
    activeTab,
    selectSandbox(id) {
      // Visiting a sandbox leaves no blank tab behind: an untouched empty tab of the one left closes.
      const current = activeTab();
      if (current && current.draft.sandbox !== id && isBlank(current)) dispatch({ type: 'close', id: current.id });
      setSandbox(id);
      const latest = [...state.tabs.tabs].reverse().find((candidate) => candidate.draft.sandbox === id);
      if (latest) dispatch({ type: 'activate', id: latest.id });
      else open({ title: NEW_REQUEST_TITLE, draft: emptyDraft(id) });
    },
    open,
    newTab(id) {
      open({ title: NEW_REQUEST_TITLE, draft: emptyDraft(id ?? state.sandbox) });
    },
    activate(id) {
      dispatch({ type: 'activate', id });
      const activated = tab(id);
      if (activated) setSandbox(activated.draft.sandbox);
    },
    close(id) {
      const closing = tab(id);
      if (closing && isDirty(closing)) set({ ...state, closePrompt: { tabId: id, title: tabTitle(closing) } });
      else dispatch({ type: 'close', id });
    },
    discard: (id) => dispatch({ type: 'close', id }),
    async answerClose(answer) {
      const prompt = state.closePrompt;
      if (!prompt) return;
      set({ ...state, closePrompt: null });
      if (answer === 'cancel') return;
      if (answer === 'save') {
        await actions.save(prompt.tabId);
        const saved = tab(prompt.tabId);
        // A failed save keeps the tab open with its error shown.
        if (!saved || isDirty(saved) || saved.error) return;
      }
      dispatch({ type: 'close', id: prompt.tabId });
    },
    closeOthers(id) {
      for (const other of state.tabs.tabs) if (other.id !== id) actions.close(other.id);
    },
    closeToTheRight(id) {
      const index = state.tabs.tabs.findIndex((candidate) => candidate.id === id);
      for (const other of state.tabs.tabs.slice(index + 1)) actions.close(other.id);
    },
    duplicate(id) {
      const source = tab(id);
      if (!source) return;
      open({ title: `${tabTitle(source)} copy`, draft: source.draft });
    },
    retitle: (id, title) => {
      if (title.trim()) dispatch({ type: 'retitle', id, title: title.trim() });
    },
    restore(session) {
      dispatch({ type: 'restore', tabs: session.tabs, activeId: session.activeId });
      for (const saved of session.tabs) scrolls.set(saved.id, saved.scrollTop);
      if (session.layout) set({ ...state, layout: session.layout });
      const active = activeTab();
      if (active) setSandbox(active.draft.sandbox);
    },
    setScroll(id, top) {
      scrolls.set(id, top);
      for (const listener of [...scrollListeners]) listener();
    },
    scrollOf: (id) => scrolls.get(id) ?? 0,
    setLayout(layout) {
      if (layout.orientation !== state.layout.orientation || layout.ratio !== state.layout.ratio)
        set({ ...state, layout });
    },
    session: () => ({
      tabs: state.tabs.tabs.map((open) => ({
        id: open.id,
        title: open.title,
        draft: open.draft,
        savedDraft: open.savedDraft,
        collectionFile: open.collectionFile,
        scrollTop: Math.max(0, Math.round(scrolls.get(open.id) ?? 0)),
      })),
      activeId: state.tabs.activeId,
      layout: state.layout,
    }),
    reopen: () => dispatch({ type: 'reopen' }),
    edit,
    update(id, change, options) {
      const current = tab(id);
      if (current) edit(id, change(current.draft), options);
    },
    send: (id, force) => sendWith(id, false, force ?? false),
    async cancel(id) {
      const requestId = tab(id)?.pendingRequestId;
      if (requestId) await deps.cancel(requestId);
    },
    async cancelAll() {
      const pending = state.tabs.tabs.flatMap((candidate) => candidate.pendingRequestId ?? []);
      await Promise.allSettled(pending.map((requestId) => deps.cancel(requestId)));
    },
    async save(id, name) {
      const current = tab(id);
      if (!current) return;
      try {
        const item = await deps.save({
          name: name ?? (current.collectionFile ? current.title : firstSaveName(current.draft, current.title)),
          draft: current.draft,
          file: current.collectionFile,
        });
        dispatch({ type: 'saved', id, file: item.file, title: item.name });
        deps.invalidate('collections.list');
      } catch (error) {
        dispatch({ type: 'error', id, error: `Not saved: ${message(error)}` });
      }
    },
    async saveAll() {
      for (const edited of state.tabs.tabs.filter(isDirty)) await actions.save(edited.id);
      return !state.tabs.tabs.some(isDirty);
    },
    dismissError: (id) => dispatch({ type: 'dismissError', id }),
    reloadFromDisk: (file, draft, title) => dispatch({ type: 'reload', file, draft, title }),
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeScroll(listener) {
      scrollListeners.add(listener);
      return () => scrollListeners.delete(listener);
    },
    actions,
  };
}
