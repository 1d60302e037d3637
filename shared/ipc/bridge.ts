/**
 * The object the renderer sees as `window.parley`. The preload builds it over `ipcRenderer`; the e2e
 * harness builds the very same object over Playwright bindings, so tests exercise the real bridge.
 *
 * Events are checked against their schema here, and an event nobody listens to yet is kept until the
 * first listener for it subscribes: a notice main sends while the page is still starting is not lost.
 */
import { events, isChannelName, isEventName, type ChannelName, type EventName } from './contract';
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

/** Events kept for listeners that have not subscribed yet; the oldest go first past this. */
export const MAX_QUEUED_EVENTS = 100;

export function createBridge(transport: BridgeTransport): ParleyBridge {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const queued: { name: EventName; payload: unknown }[] = [];

  transport.subscribe((name, payload) => {
    if (!isEventName(name)) return;
    const parsed = events[name].payload.safeParse(payload);
    if (!parsed.success) {
      console.error(`[parley] dropped a malformed "${name}" event: ${parsed.error.message}`);
      return;
    }
    const current = listeners.get(name);
    if (current && current.size > 0) {
      for (const listener of [...current]) listener(parsed.data);
      return;
    }
    queued.push({ name, payload: parsed.data });
    if (queued.length > MAX_QUEUED_EVENTS) queued.shift();
  });

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
      const current = listeners.get(event) ?? new Set();
      listeners.set(event, current);
      current.add(listener);
      const waiting = queued.filter((entry) => entry.name === event);
      if (waiting.length > 0) {
        queued.splice(0, queued.length, ...queued.filter((entry) => entry.name !== event));
        // After `on` returns, so a subscriber sees its first event once it holds its unsubscribe function.
        queueMicrotask(() => waiting.forEach((entry) => current.has(listener) && listener(entry.payload)));
      }
      return () => {
        current.delete(listener);
      };
    },
  });
}

/** The single IPC channel name main listens on for events it pushes to the renderer. */
export const EVENT_CHANNEL = 'parley:event';
