/**
 * The workbench store for the window and the hooks to read it. Actions are one stable object
 * (useWorkbenchActions: no re-render ever); state is read by selection (useWorkbenchSelector and the named
 * hooks below), so a component re-renders only when what it selected changes.
 */
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SandboxId } from '../../../../shared/providers/sandboxes';
import { invoke } from '../../ipc/client';
import { defaultProfileId } from './default-profile';
import { startSessionSync } from './session-sync';
import type { RequestTab } from './tabs';
import {
  createWorkbenchStore,
  type ClosePrompt,
  type RiskPrompt,
  type WorkbenchActions,
  type WorkbenchState,
  type WorkbenchStore,
} from './workbench-store';

export type { ClosePrompt, OpenOptions, RiskPrompt, WorkbenchActions, WorkbenchState } from './workbench-store';

const WorkbenchContext = createContext<WorkbenchStore | null>(null);

export function WorkbenchProvider({ children }: { readonly children: ReactNode }) {
  const queryClient = useQueryClient();
  const [store] = useState(() =>
    createWorkbenchStore({
      send: (input) => invoke('request.send', input),
      cancel: async (requestId) => {
        await invoke('request.cancel', { requestId });
      },
      save: (input) => invoke('collections.save', input),
      defaultProfileId,
      invalidate: (channel) => void queryClient.invalidateQueries({ queryKey: [channel] }),
    }),
  );
  useEffect(
    () =>
      startSessionSync(store, {
        read: () => invoke('session.get', {}),
        write: (session) => invoke('session.save', session),
      }),
    [store],
  );
  // A reload or a closing window cancels every send in flight, so main stops downloading for a page that is gone.
  useEffect(() => {
    const leave = () => void store.actions.cancelAll();
    window.addEventListener('beforeunload', leave);
    return () => window.removeEventListener('beforeunload', leave);
  }, [store]);
  return <WorkbenchContext.Provider value={store}>{children}</WorkbenchContext.Provider>;
}

function useStore(): WorkbenchStore {
  const store = useContext(WorkbenchContext);
  if (!store) throw new Error('workbench hooks used outside <WorkbenchProvider>');
  return store;
}

/** The actions (open, edit, send, …): one object for the window's life, reading it never re-renders. */
export function useWorkbenchActions(): WorkbenchActions {
  return useStore().actions;
}

/**
 * A slice of the workbench state; the component re-renders only when `isEqual` says the slice changed
 * (`Object.is` by default: select primitives or objects the store keeps, or pass `shallowEqual`).
 */
export function useWorkbenchSelector<T>(
  select: (state: WorkbenchState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useStore();
  const last = useRef<Selected<WorkbenchState, T> | null>(null);
  const snapshot = () => {
    const state = store.getState();
    last.current = reselect(last.current, state, select, isEqual);
    return last.current.value;
  };
  return useSyncExternalStore(store.subscribe, snapshot);
}

interface Selected<S, T> {
  readonly source: S;
  readonly select: (source: S) => T;
  readonly value: T;
}

/**
 * Runs `select` only when its source or the selector itself changed: React asks for the snapshot several times
 * per store change and per render, and every subscriber is asked on every change (every key typed), so a
 * selector whose source did not change costs nothing. The selector is a new closure at each render of its
 * component, which re-runs it whenever what it closes over may have changed. An equal value keeps the previous
 * one, so React sees the same snapshot and skips the render.
 */
function reselect<S, T>(
  previous: Selected<S, T> | null,
  source: S,
  select: (source: S) => T,
  isEqual: (a: T, b: T) => boolean,
): Selected<S, T> {
  if (previous && previous.source === source && previous.select === select) return previous;
  const value = select(source);
  return { source, select, value: previous && isEqual(previous.value, value) ? previous.value : value };
}

/** Equal when both arrays hold the same items (by `Object.is`) in the same order, or both objects the same values. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The sandbox the sidebar shows. */
export const useSandbox = (): SandboxId => useWorkbenchSelector((state) => state.sandbox);

export const useActiveTabId = (): string | null => useWorkbenchSelector((state) => state.tabs.activeId);

export const useRiskPrompt = (): RiskPrompt | null => useWorkbenchSelector((state) => state.riskPrompt);

export const useClosePrompt = (): ClosePrompt | null => useWorkbenchSelector((state) => state.closePrompt);

/** One tab, re-rendering on any change to it (its draft included): for views that show the whole tab. */
export const useTab = (id: string): RequestTab | null =>
  useWorkbenchSelector((state) => state.tabs.tabs.find((tab) => tab.id === id) ?? null);

/** A value derived from one tab: re-renders only when that value changes. */
export function useTabSelector<T>(
  id: string,
  select: (tab: RequestTab) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T | undefined {
  // An edit replaces only the edited tab's object: the other tabs' selectors keep their value without running.
  const last = useRef<Selected<RequestTab | undefined, T | undefined> | null>(null);
  const selectTab = (tab: RequestTab | undefined) => (tab ? select(tab) : undefined);
  const equal = (a: T | undefined, b: T | undefined) => (a === undefined || b === undefined ? a === b : isEqual(a, b));
  return useWorkbenchSelector<T | undefined>((state) => {
    const tab = state.tabs.tabs.find((candidate) => candidate.id === id);
    last.current = reselect(last.current, tab, selectTab, equal);
    return last.current.value;
  }, equal);
}
