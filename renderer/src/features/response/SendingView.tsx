/**
 * A send in flight: the status and headers as soon as main has them, then how much body has arrived
 * (against Content-Length when the server gave one) and the body's first lines, with Cancel throughout.
 * Everything shown comes masked from main's `request.progress` events.
 */
import { useEffect, useMemo, useState } from 'react';
import type { SendProgress } from '../../../../shared/ipc/channels/request';
import { subscribe } from '../../ipc/client';
import { formatBytes } from './Summary';
import { rowOffsets } from './format';
import { VirtualText } from './VirtualText';

export function SendingView({ requestId, onCancel }: { readonly requestId: string; readonly onCancel: () => void }) {
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const [preview, setPreview] = useState('');
  useEffect(
    () =>
      subscribe('request.progress', (next) => {
        if (next.requestId !== requestId) return;
        setProgress(next);
        if (next.preview !== undefined) setPreview(next.preview);
      }),
    [requestId],
  );
  const offsets = useMemo(() => rowOffsets(preview), [preview]);
  const received = progress?.receivedBytes ?? 0;
  const total = progress?.totalBytes ?? null;

  return (
    <div className="response-inspector inspector-sending" data-testid="response-streaming">
      <div className="inspector-sending-bar">
        {progress ? (
          <span className="inspector-status" data-testid="streaming-status">
            <span className={`status-code status-${Math.floor(progress.status / 100)}xx`}>
              {progress.status} {progress.statusText}
            </span>
            {progress.headers.length > 0 ? <span className="muted">{progress.headers.length} headers</span> : null}
          </span>
        ) : (
          <span role="status">Sending…</span>
        )}
        {progress ? (
          <>
            <progress
              aria-label="Body received"
              // Without Content-Length the bar is indeterminate: the count beside it says how much arrived.
              value={total !== null ? received : undefined}
              max={total ?? undefined}
              data-testid="body-progress"
            />
            <span role="status">
              {total !== null
                ? `${formatBytes(received)} of ${formatBytes(total)}`
                : `${formatBytes(received)} received`}
            </span>
          </>
        ) : null}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {preview ? <VirtualText text={preview} offsets={offsets} label="Body so far" /> : null}
    </div>
  );
}
