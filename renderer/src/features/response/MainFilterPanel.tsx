/**
 * JSONPath for a JSON body too large for the window: main parses it in a worker thread and keeps the first
 * matches, which the windowed viewer reads as rows like a body (`response.body.jsonpath`).
 */
import { useState, type FormEvent } from 'react';
import type { BodyJsonPath } from '../../../../shared/ipc/channels/response';
import { errorMessage } from '../../../../shared/values';
import { invoke } from '../../ipc/client';
import { FilterForm } from './FilterForm';
import { WindowedText } from './WindowedText';

type Filtered =
  { readonly kind: 'matches'; readonly result: BodyJsonPath } | { readonly kind: 'failed'; readonly message: string };

function matchesText({ count, shown }: BodyJsonPath): string {
  if (count === 0) return 'No match';
  const all = `${count.toLocaleString('en')} ${count === 1 ? 'match' : 'matches'}`;
  return shown < count ? `${all}, the first ${shown.toLocaleString('en')} shown` : all;
}

export function MainFilterPanel({ responseId }: { readonly responseId: string }) {
  const [expression, setExpression] = useState('');
  const [filtered, setFiltered] = useState<Filtered | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (!expression.trim()) return setFiltered(null);
    setBusy(true);
    try {
      const result = await invoke('response.body.jsonpath', { responseId, expression: expression.trim() });
      setFiltered({ kind: 'matches', result });
    } catch (error) {
      setFiltered({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="inspector-filter">
      <FilterForm
        language="JSONPath"
        placeholder="Filter: $.items[*].id"
        expression={expression}
        onExpression={setExpression}
        onSubmit={(event) => void apply(event)}
        onClear={
          filtered
            ? () => {
                setFiltered(null);
                setExpression('');
              }
            : null
        }
        busy={busy}
      />
      {busy ? (
        <p className="muted" role="status">
          Parsing the whole body in the background…
        </p>
      ) : filtered?.kind === 'failed' ? (
        <p className="inspector-filter-result inspector-error-text" role="alert" data-testid="filter-result">
          {filtered.message}
        </p>
      ) : filtered ? (
        <div data-testid="filter-result">
          <p className="muted" role="status" data-testid="filter-count">
            {matchesText(filtered.result)}
          </p>
          {filtered.result.count > 0 ? (
            <WindowedText
              key={filtered.result.resultId}
              responseId={filtered.result.resultId}
              preview=""
              label="Filter result"
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
