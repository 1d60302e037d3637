import { describe, expect, it, vi } from 'vitest';
import { createEventOutbox, MAX_WAITING_EVENTS } from './event-outbox';

const notice = { level: 'warning', title: 'Settings recovered', detail: 'settings.json was unreadable.' } as const;

describe('the event outbox', () => {
  it('holds events emitted before the window exists and delivers them in order once it has loaded', () => {
    const outbox = createEventOutbox();
    outbox.emit('app.notice', notice);
    outbox.emit('collections.changed', { dir: '/c' });
    const sink = vi.fn();
    outbox.attach(sink);
    expect(sink.mock.calls).toEqual([
      ['app.notice', notice],
      ['collections.changed', { dir: '/c' }],
    ]);
    outbox.emit('app.notice', notice);
    expect(sink).toHaveBeenCalledTimes(3);
  });

  it('holds events again while the page is away, and keeps only the latest ones', () => {
    const outbox = createEventOutbox();
    outbox.attach(vi.fn());
    outbox.detach();
    for (let i = 0; i < MAX_WAITING_EVENTS + 3; i += 1) outbox.emit('collections.changed', { dir: `/c${i}` });
    const sink = vi.fn();
    outbox.attach(sink);
    expect(sink).toHaveBeenCalledTimes(MAX_WAITING_EVENTS);
    expect(sink.mock.calls[0]).toEqual(['collections.changed', { dir: '/c3' }]);
  });
});
