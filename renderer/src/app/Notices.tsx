import { useCallback, useState } from 'react';
import type { EventPayload } from '../../../shared/ipc/contract';
import { useIpcEvent } from '../ipc/hooks';

type Notice = EventPayload<'app.notice'> & { readonly id: number };

/** Messages pushed by main. They stay until the user dismisses them: nothing important scrolls away. */
export function Notices() {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const add = useCallback((notice: EventPayload<'app.notice'>) => {
    setNotices((current) => [...current, { ...notice, id: Date.now() + Math.random() }]);
  }, []);
  useIpcEvent('app.notice', add);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <strong>{notice.title}</strong>
          <p>{notice.detail}</p>
          <button
            type="button"
            onClick={() => setNotices((c) => c.filter((n) => n.id !== notice.id))}
            aria-label={`Dismiss ${notice.title}`}
          >
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
