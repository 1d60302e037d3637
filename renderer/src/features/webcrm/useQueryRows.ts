/**
 * The rows of a /Queries response: from the interpretation when main read the body, else parsed from the
 * body (in a worker, loaded in slices when main kept it in a file).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SendOutcome } from '../../../../shared/request/outcome';
import { useResponseBody } from '../response/useResponseBody';
import type { GridRow } from './grid-data';

export interface QueryRows {
  readonly rows: readonly GridRow[] | null;
  readonly loading: boolean;
}

export function useQueryRows(outcome: SendOutcome): QueryRows {
  const fromInterpretation = outcome.interpretation?.tables?.[0]?.rows ?? null;
  const needsBody = fromInterpretation === null && outcome.response !== null && outcome.response.body.isText;
  const body = useResponseBody(needsBody ? outcome.response : null);
  const [parsed, setParsed] = useState<{ text: string; rows: GridRow[] | null } | null>(null);
  const parses = useRef(0);

  useEffect(() => {
    if (!needsBody || !body.complete || body.text === '') return;
    const worker = new Worker(new URL('./rows.worker.ts', import.meta.url), { type: 'module' });
    const id = (parses.current += 1);
    const text = body.text;
    worker.onmessage = (event: MessageEvent<{ id: number; rows: GridRow[] | null }>) => {
      if (event.data.id === id) setParsed({ text, rows: event.data.rows });
      worker.terminate();
    };
    worker.postMessage({ id, text });
    return () => worker.terminate();
  }, [needsBody, body.complete, body.text]);

  return useMemo(() => {
    if (fromInterpretation) return { rows: fromInterpretation, loading: false };
    if (!needsBody) return { rows: null, loading: false };
    if (parsed && parsed.text === body.text) return { rows: parsed.rows, loading: false };
    return { rows: null, loading: !body.error };
  }, [fromInterpretation, needsBody, parsed, body.text, body.error]);
}
