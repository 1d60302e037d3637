import { describe, expect, it, vi } from 'vitest';
import { createBridge, MAX_QUEUED_EVENTS, type BridgeTransport } from './bridge';
import type { EventName } from './contract';

function fakeTransport() {
  let push: ((name: EventName, payload: unknown) => void) | undefined;
  const transport: BridgeTransport = {
    invoke: vi.fn(async () => ({ ok: true as const, value: null })),
    subscribe(listener) {
      push = listener;
      return () => (push = undefined);
    },
  };
  return { transport, push: (name: string, payload: unknown) => push?.(name as EventName, payload) };
}

const notice = { level: 'warning', title: 'Settings recovered', detail: 'settings.json was unreadable.' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the bridge’s events', () => {
  it('keeps an event sent before anyone listened and delivers it to the first listener', async () => {
    const { transport, push } = fakeTransport();
    const bridge = createBridge(transport);
    push('app.notice', notice);
    const listener = vi.fn();
    bridge.on('app.notice', listener);
    await settle();
    expect(listener).toHaveBeenCalledWith(notice);
    const second = vi.fn();
    bridge.on('app.notice', second);
    await settle();
    expect(second).not.toHaveBeenCalled();
  });

  it('keeps queued events of other names for their own listeners', async () => {
    const { transport, push } = fakeTransport();
    const bridge = createBridge(transport);
    push('collections.changed', { dir: '/c' });
    push('app.notice', notice);
    const changes = vi.fn();
    bridge.on('app.notice', vi.fn());
    bridge.on('collections.changed', changes);
    await settle();
    expect(changes).toHaveBeenCalledWith({ dir: '/c' });
  });

  it('drops payloads that do not match the event’s schema, and unknown events', async () => {
    const { transport, push } = fakeTransport();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bridge = createBridge(transport);
    const listener = vi.fn();
    bridge.on('app.notice', listener);
    push('app.notice', { level: 'shout', title: 1 });
    push('app.whatever', notice);
    push('app.notice', notice);
    expect(listener.mock.calls).toEqual([[notice]]);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('malformed "app.notice"'));
    error.mockRestore();
  });

  it('keeps at most the latest events while nobody listens', async () => {
    const { transport, push } = fakeTransport();
    const bridge = createBridge(transport);
    for (let i = 0; i < MAX_QUEUED_EVENTS + 5; i += 1) push('collections.changed', { dir: `/c${i}` });
    const listener = vi.fn();
    bridge.on('collections.changed', listener);
    await settle();
    expect(listener).toHaveBeenCalledTimes(MAX_QUEUED_EVENTS);
    expect(listener.mock.calls[0]).toEqual([{ dir: '/c5' }]);
  });
});
