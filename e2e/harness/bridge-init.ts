/**
 * Runs in the page before the app (as an init script): defines `window.parley` with the same
 * `createBridge` the preload uses, over the Playwright bindings the harness exposes.
 */
import { createBridge } from '../../shared/ipc/bridge';
import type { EventName } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';

type Listener = (name: EventName, payload: unknown) => void;

interface HarnessWindow {
  __parleyInvoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  __parleyDeliver?: (name: EventName, payload: unknown) => void;
}

const harness = window as unknown as HarnessWindow;
const listeners = new Set<Listener>();
harness.__parleyDeliver = (name, payload) => listeners.forEach((listener) => listener(name, payload));

Object.defineProperty(window, 'parley', {
  value: createBridge({
    invoke: (channel, input) => harness.__parleyInvoke(channel, input),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  }),
  writable: false,
  configurable: false,
});
