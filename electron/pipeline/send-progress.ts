/**
 * A send in flight, as the renderer may see it: status and headers as soon as they arrive, then how much
 * of the body has arrived and its first lines — every secret masked, at most every PROGRESS_INTERVAL_MS.
 */
import type { SendProgress } from '../../shared/ipc/channels/request';
import { headerValue } from '../../shared/http/headers';
import { redactDeep, redactor } from '../../shared/request/redact';
import { sliceText } from '../http/body-store';
import type { ResponseStart, SendOptions } from '../http/engine';
import { looksLikeText } from '../http/exchange';

export const PROGRESS_INTERVAL_MS = 100;

export interface ProgressReporterOptions {
  readonly requestId: string;
  readonly sensitive: readonly string[];
  readonly report: (progress: SendProgress) => void;
  /**
   * False when the response may carry secrets not known yet (a provider whose logins hand out tokens):
   * then only the status and the byte counts stream; headers and body wait for the masked outcome.
   */
  readonly showContent?: boolean;
  readonly now?: () => number;
}

/** The preview up to its last whole line: a secret cut at the end of the head cannot show half unmasked. */
function wholeLines(text: string, complete: boolean): string {
  if (complete) return text;
  const end = text.lastIndexOf('\n');
  return end === -1 ? '' : text.slice(0, end + 1);
}

export function progressReporter(
  options: ProgressReporterOptions,
): Required<Pick<SendOptions, 'onResponseStart' | 'onProgress'>> {
  const now = options.now ?? (() => performance.now());
  const showContent = options.showContent ?? true;
  const redact = redactor(options.sensitive);
  let start: ResponseStart | null = null;
  let shown: Omit<SendProgress, 'receivedBytes' | 'totalBytes' | 'preview'> | null = null;
  let isText = false;
  let lastAt = -Infinity;
  let previewBytes = 0;

  const emit = (received: number, total: number | null) => {
    if (!start || !shown) return;
    const head = start.head();
    const complete = total !== null && received >= total;
    const grew = head.length > previewBytes;
    // The first lines go out at once; later updates at most every PROGRESS_INTERVAL_MS.
    const due = complete || now() - lastAt >= PROGRESS_INTERVAL_MS || (grew && previewBytes === 0);
    if (!due) return;
    lastAt = now();
    if (previewBytes === 0 && head.length > 0) {
      isText = looksLikeText(headerValue(start.headers, 'content-type') ?? '', head);
    }
    const preview =
      grew && isText && showContent ? redact(wholeLines(sliceText(head, 0, head.length).text, complete)) : undefined;
    if (grew) previewBytes = head.length;
    options.report({
      ...shown,
      receivedBytes: received,
      totalBytes: total,
      ...(preview !== undefined ? { preview } : {}),
    });
  };

  return {
    onResponseStart(next) {
      start = next;
      previewBytes = 0;
      isText = false;
      lastAt = -Infinity;
      shown = redactDeep(
        {
          requestId: options.requestId,
          responseId: next.responseId,
          status: next.status,
          statusText: next.statusText,
          headers: showContent ? next.headers.map(([name, value]) => [name, value] as [string, string]) : [],
        },
        redact,
      );
    },
    onProgress: (received, total) => emit(received, total),
  };
}
