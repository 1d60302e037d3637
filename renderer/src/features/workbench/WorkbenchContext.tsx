/**
 * The workbench's state for the whole window: open tabs, the current sandbox, and the actions on them
 * (open, edit, send, cancel, save). Components read it with useWorkbench().
 */
import { createContext, useCallback, useContext, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SandboxId } from '../../../../shared/providers/sandboxes';
import { emptyDraft, type RequestDraft } from '../../../../shared/request/draft';
import { invoke, ParleyIpcError } from '../../ipc/client';
import { initialTabs, tabsReducer, type RequestTab, type TabsState } from './tabs';
import { draftProblems } from './draft-problems';
import { defaultProfileId } from './default-profile';
import { firstSaveName } from './builder-for';

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

interface WorkbenchValue {
  readonly state: TabsState;
  readonly active: RequestTab | null;
  readonly sandbox: SandboxId;
  readonly riskPrompt: RiskPrompt | null;
  selectSandbox(id: SandboxId): void;
  open(options: OpenOptions): void;
  newTab(sandbox?: SandboxId): void;
  activate(id: string): void;
  close(id: string): void;
  reopen(): void;
  edit(id: string, draft: RequestDraft, options?: { title?: string; rawText?: string | null }): void;
  /** Sends the tab's draft; `force` skips the catalog checks (to provoke a provider's own error). */
  send(id: string, force?: boolean): Promise<void>;
  cancel(id: string): Promise<void>;
  save(id: string, name?: string): Promise<void>;
  dismissError(id: string): void;
  reloadFromDisk(file: string, draft: RequestDraft, title: string): void;
}

const WorkbenchContext = createContext<WorkbenchValue | null>(null);

let tabCounter = 0;
const newTabId = () => `tab-${Date.now().toString(36)}-${(tabCounter += 1)}`;

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

export function WorkbenchProvider({ children }: { readonly children: ReactNode }) {
  const [state, dispatch] = useReducer(tabsReducer, initialTabs);
  const [sandbox, setSandbox] = useState<SandboxId>('http');
  const [riskPrompt, setRiskPrompt] = useState<RiskPrompt | null>(null);
  const queryClient = useQueryClient();
  const stateRef = useRef(state);
  stateRef.current = state;
  const active = state.tabs.find((tab) => tab.id === state.activeId) ?? null;

  const tabById = (id: string) => stateRef.current.tabs.find((tab) => tab.id === id);

  const open = useCallback((options: OpenOptions) => {
    const current = stateRef.current.tabs.find((tab) => tab.id === stateRef.current.activeId) ?? null;
    if (options.reuseClean && isClean(current, options.draft.sandbox) && current)
      dispatch({ type: 'close', id: current.id });
    const id = newTabId();
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
    if (options.draft.profileId === null && options.draft.sandbox !== 'http') {
      void defaultProfileId(options.draft.sandbox)
        .then((profileId) => profileId && dispatch({ type: 'adoptProfile', id, profileId }))
        .catch(() => undefined);
    }
  }, []);

  const sendWith = useCallback(
    async (id: string, confirmRisk: boolean, force = false): Promise<void> => {
      const tab = tabById(id);
      if (!tab || tab.pendingRequestId) return;
      const blocked = draftProblems(tab, force);
      if (blocked) {
        dispatch({ type: 'error', id, error: blocked });
        return;
      }
      const requestId = crypto.randomUUID();
      dispatch({ type: 'sending', id, requestId });
      try {
        const outcome = await invoke('request.send', { requestId, draft: tab.draft, title: tab.title, confirmRisk });
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
        dispatch({ type: 'failed', id, requestId, error: error instanceof Error ? error.message : String(error) });
      } finally {
        void queryClient.invalidateQueries({ queryKey: ['history.list'] });
        void queryClient.invalidateQueries({ queryKey: ['profiles.authState'] });
        void queryClient.invalidateQueries({ queryKey: ['profiles.tokenState'] });
      }
    },
    [queryClient],
  );

  const value = useMemo<WorkbenchValue>(
    () => ({
      state,
      active,
      sandbox,
      riskPrompt,
      selectSandbox(id) {
        setSandbox(id);
        const latest = [...stateRef.current.tabs].reverse().find((tab) => tab.draft.sandbox === id);
        if (latest) dispatch({ type: 'activate', id: latest.id });
        else open({ title: 'New request', draft: emptyDraft(id) });
      },
      open,
      newTab(id) {
        open({ title: 'New request', draft: emptyDraft(id ?? sandbox) });
      },
      activate(id) {
        dispatch({ type: 'activate', id });
        const tab = tabById(id);
        if (tab) setSandbox(tab.draft.sandbox);
      },
      close: (id) => dispatch({ type: 'close', id }),
      reopen: () => dispatch({ type: 'reopen' }),
      edit: (id, draft, options) => dispatch({ type: 'edit', id, draft, ...options }),
      send: (id, force) => sendWith(id, false, force ?? false),
      async cancel(id) {
        const requestId = tabById(id)?.pendingRequestId;
        if (requestId) await invoke('request.cancel', { requestId });
      },
      async save(id, name) {
        const tab = tabById(id);
        if (!tab) return;
        try {
          const item = await invoke('collections.save', {
            name: name ?? (tab.collectionFile ? tab.title : firstSaveName(tab.draft, tab.title)),
            draft: tab.draft,
            file: tab.collectionFile,
          });
          dispatch({ type: 'saved', id, file: item.file, title: item.name });
          await queryClient.invalidateQueries({ queryKey: ['collections.list'] });
        } catch (error) {
          dispatch({
            type: 'error',
            id,
            error: `Not saved: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      },
      dismissError: (id) => dispatch({ type: 'dismissError', id }),
      reloadFromDisk: (file, draft, title) => dispatch({ type: 'reload', file, draft, title }),
    }),
    [state, active, sandbox, riskPrompt, open, sendWith, queryClient],
  );

  return <WorkbenchContext.Provider value={value}>{children}</WorkbenchContext.Provider>;
}

export function useWorkbench(): WorkbenchValue {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench() outside <WorkbenchProvider>');
  return value;
}
