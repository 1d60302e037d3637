import { useEffect, useState } from 'react';
import type { BodyKind } from './format';
import type { PreparedText } from './format-client';
import { useFormatClient } from './FormatClientContext';

interface Result {
  readonly source: string | null;
  readonly key: string;
  readonly prepared: PreparedText | null;
  readonly error: string | null;
}

/** Text formatted and row-indexed by the worker; null while it works. */
export function usePreparedText(
  text: string | null,
  kind: BodyKind,
  pretty: boolean,
): { prepared: PreparedText | null; error: string | null } {
  const { prepareText } = useFormatClient();
  const [result, setResult] = useState<Result>({ source: null, key: '', prepared: null, error: null });
  const key = `${kind}|${pretty}`;
  useEffect(() => {
    if (text === null) return;
    let current = true;
    prepareText(text, kind, pretty).then(
      (prepared) => current && setResult({ source: text, key, prepared, error: null }),
      (error: Error) => current && setResult({ source: text, key, prepared: null, error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [text, kind, pretty, key, prepareText]);
  // A result for other text is stale (the same string object compares in constant time).
  return text !== null && result.source === text && result.key === key ? result : { prepared: null, error: null };
}
