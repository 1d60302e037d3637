/**
 * Events main emits before a page can receive them (a recovered settings file at start, a notice while
 * the window reloads) wait here, in order, until a page has loaded; the bridge then keeps them until the
 * renderer subscribes. Used by main.ts and the e2e harness alike.
 */
import type { Emit } from '../deps';
import type { EventName } from '../../shared/ipc/contract';

export type EventSink = (name: EventName, payload: unknown) => void;

export interface EventOutbox {
  readonly emit: Emit;
  /** A page is ready: everything waiting goes to it now, and later events go straight through. */
  attach(sink: EventSink): void;
  /** The page went away (closed, reloading): events wait again. */
  detach(): void;
}

export const MAX_WAITING_EVENTS = 100;

export function createEventOutbox(): EventOutbox {
  let sink: EventSink | null = null;
  const waiting: { name: EventName; payload: unknown }[] = [];
  return {
    emit(name, payload) {
      if (sink) return sink(name, payload);
      waiting.push({ name, payload });
      if (waiting.length > MAX_WAITING_EVENTS) waiting.shift();
    },
    attach(next) {
      sink = next;
      for (const entry of waiting.splice(0)) next(entry.name, entry.payload);
    },
    detach() {
      sink = null;
    },
  };
}
