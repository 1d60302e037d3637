/**
 * The object the renderer sees as `window.parley`. The preload builds it over `ipcRenderer`; the e2e
 * harness builds the very same object over Playwright bindings, so tests exercise the real bridge.
 */
import { isChannelName, isEventName, type ChannelName, type EventName } from './contract';
import type { IpcResult } from './errors';

export interface BridgeTransport {
  invoke(channel: ChannelName, input: unknown): Promise<IpcResult<unknown>>;
  /** Subscribes to every event main pushes; returns the unsubscribe function. */
  subscribe(listener: (name: EventName, payload: unknown) => void): () => void;
}

export interface ParleyBridge {
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export function createBridge(transport: BridgeTransport): ParleyBridge {
  return Object.freeze({
    invoke(channel: string, input: unknown): Promise<IpcResult<unknown>> {
      if (!isChannelName(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown-channel', channel, message: `"${channel}" is not a channel Parley offers.` },
        });
      }
      return transport.invoke(channel, input);
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (!isEventName(event)) throw new Error(`"${event}" is not an event Parley emits.`);
      return transport.subscribe((name, payload) => {
        if (name === event) listener(payload);
      });
    },
  });
}

/** The single IPC channel name main listens on for events it pushes to the renderer. */
export const EVENT_CHANNEL = 'parley:event';
