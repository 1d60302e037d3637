/**
 * The body of a response as text: the preview at once, then — for bodies main kept in a file — the rest
 * in 4 MB slices over `response.body.read`, with progress. Nothing here blocks the window.
 * A body over WINDOWED_BODY_BYTES is never read whole: its views ask main for the rows they show.
 */
import { useEffect, useState } from 'react';
import type { ResponseMeta } from '../../../../shared/http/response';
import { MAX_BODY_SLICE_BYTES } from '../../../../shared/http/body-slice';
import { invoke } from '../../ipc/client';
import { errorMessage } from '../../../../shared/values';

/** Above this, the window holds only rows on screen (main indexes the body): its heap stays bounded. */
export const WINDOWED_BODY_BYTES = 8 * 1024 * 1024;

export interface ResponseBodyState {
  readonly text: string;
  /** The whole body is in `text`. */
  readonly complete: boolean;
  readonly loadedBytes: number;
  readonly totalBytes: number;
  readonly error: string | null;
  /** Too large to hold: `text` is the preview, and views read rows from main. */
  readonly windowed: boolean;
}

export function useResponseBody(response: ResponseMeta | null): ResponseBodyState {
  const windowed = isWindowed(response);
  const initial = (): ResponseBodyState => ({
    text: response?.body.preview ?? '',
    complete: !response?.body.inFile,
    loadedBytes: response?.body.inFile ? 0 : (response?.body.size ?? 0),
    totalBytes: response?.body.size ?? 0,
    error: null,
    windowed,
  });
  const [state, setState] = useState<ResponseBodyState>(initial);
  const [forId, setForId] = useState(response?.id);
  if (forId !== response?.id) {
    setForId(response?.id);
    setState(initial());
  }

  useEffect(() => {
    if (!response?.body.inFile || !response.body.isText || isWindowed(response)) return;
    let stopped = false;
    const parts: string[] = [];
    (async () => {
      let offset = 0;
      for (;;) {
        const slice = await invoke('response.body.read', {
          responseId: response.id,
          offset,
          length: MAX_BODY_SLICE_BYTES,
        });
        if (stopped) return;
        parts.push(slice.text);
        offset = slice.nextOffset;
        const done = slice.eof;
        setState((previous) => ({
          ...previous,
          loadedBytes: offset,
          totalBytes: slice.totalBytes,
          ...(done ? { text: parts.join(''), complete: true } : {}),
        }));
        if (done) return;
      }
    })().catch((error: unknown) => {
      if (!stopped) setState((previous) => ({ ...previous, error: errorMessage(error) }));
    });
    return () => {
      stopped = true;
    };
  }, [response]);

  return state;
}

function isWindowed(response: ResponseMeta | null): boolean {
  return Boolean(response?.body.inFile && response.body.isText && response.body.size > WINDOWED_BODY_BYTES);
}
