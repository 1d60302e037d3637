/** The filter box: JSONPath for JSON (in the worker), XPath for XML (the browser's own evaluator). */
import { useState, type FormEvent } from 'react';
import type { BodyKind } from './format';
import { FilterForm } from './FilterForm';
import { useFormatClient } from './FormatClientContext';
import { errorMessage } from '../../../../shared/values';

const XPATH_LIMIT = 20 * 1024 * 1024;

function evaluateXPath(text: string, expression: string, html: boolean): string {
  if (text.length > XPATH_LIMIT) throw new Error('This XML body is too large to query with XPath here.');
  const doc = new DOMParser().parseFromString(text, html ? 'text/html' : 'application/xml');
  const failure = doc.querySelector('parsererror');
  if (failure) throw new Error(`The body is not well-formed XML: ${failure.textContent ?? ''}`);
  const result = doc.evaluate(expression, doc, doc.createNSResolver(doc.documentElement), XPathResult.ANY_TYPE, null);
  switch (result.resultType) {
    case XPathResult.NUMBER_TYPE:
      return String(result.numberValue);
    case XPathResult.STRING_TYPE:
      return result.stringValue;
    case XPathResult.BOOLEAN_TYPE:
      return String(result.booleanValue);
    default: {
      const serializer = new XMLSerializer();
      const out: string[] = [];
      for (let node = result.iterateNext(); node; node = result.iterateNext()) {
        out.push(node.nodeType === Node.ELEMENT_NODE ? serializer.serializeToString(node) : (node.textContent ?? ''));
      }
      return out.join('\n');
    }
  }
}

export function FilterPanel({
  text,
  kind,
  complete,
}: {
  readonly text: string;
  readonly kind: BodyKind;
  readonly complete: boolean;
}) {
  const { runJsonPath } = useFormatClient();
  const [expression, setExpression] = useState('');
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (kind === 'text') return null;
  const language = kind === 'json' ? 'JSONPath' : 'XPath';

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (!expression.trim()) return setResult(null);
    setBusy(true);
    try {
      const output =
        kind === 'json' ? (await runJsonPath(text, expression)).text : evaluateXPath(text, expression, kind === 'html');
      setResult({ text: output, error: false });
    } catch (error) {
      setResult({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="inspector-filter">
      <FilterForm
        language={language}
        placeholder={kind === 'json' ? 'Filter: $.items[*].id' : 'Filter: //item/@id'}
        expression={expression}
        onExpression={setExpression}
        onSubmit={(event) => void apply(event)}
        onClear={
          result
            ? () => {
                setResult(null);
                setExpression('');
              }
            : null
        }
        busy={busy}
        disabled={!complete}
      />
      {result ? (
        <pre
          className={result.error ? 'inspector-filter-result inspector-error-text' : 'inspector-filter-result'}
          data-testid="filter-result"
          role={result.error ? 'alert' : undefined}
        >
          {result.text.length > 2_000_000 ? `${result.text.slice(0, 2_000_000)}\n… (result cut at 2 MB)` : result.text}
        </pre>
      ) : null}
    </div>
  );
}
