import { useMemo, useState } from 'react';
import type { EndpointSpec } from '../../../../shared/providers/catalog';
import { paramsJsonSchema } from '../../../../shared/providers/param-schema';
import { checkParams } from '../../../../shared/providers/param-check';
import { parseJsonWithLocation } from '../../../../shared/request/json-problem';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { ParamField } from './ParamField';

interface ParamsEditorProps {
  readonly tabId: string;
  readonly endpoint: EndpointSpec | null;
  readonly params: Readonly<Record<string, unknown>>;
  /** Raw text that does not parse yet; kept per tab so switching tabs loses nothing. */
  readonly rawText: string | null;
  readonly onChange: (params: Record<string, unknown>, rawText: string | null) => void;
  readonly theme: 'light' | 'dark';
}

const clean = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));

/** The endpoint's parameters as a generated form or as raw JSON, kept in sync both ways. */
export function ParamsEditor({ tabId, endpoint, params, rawText, onChange, theme }: ParamsEditorProps) {
  // The form first, even with no endpoint picked: it shows at once, where Raw JSON would wait for Monaco.
  const [mode, setMode] = useState<'form' | 'raw'>(rawText === null ? 'form' : 'raw');
  const specs = useMemo(() => endpoint?.params ?? [], [endpoint]);
  const problems = useMemo(() => new Map(checkParams(specs, params).map((p) => [p.param, p.message])), [specs, params]);
  const schema = useMemo(() => paramsJsonSchema(specs), [specs]);
  const text = rawText ?? JSON.stringify(params, null, 2);
  const parsed = rawText === null ? null : parseJsonWithLocation(rawText);
  const known = new Set(specs.map((s) => s.name));
  const extra = Object.keys(params).filter((name) => !known.has(name));

  return (
    <div className="params-editor">
      <div className="segmented" role="group" aria-label="Parameters view">
        <button
          type="button"
          aria-pressed={mode === 'form'}
          onClick={() => setMode('form')}
          disabled={rawText !== null}
        >
          Form
        </button>
        <button type="button" aria-pressed={mode === 'raw'} onClick={() => setMode('raw')}>
          Raw JSON
        </button>
        {rawText !== null ? <span className="muted">Fix the JSON to return to the form.</span> : null}
      </div>
      {parsed && !parsed.ok ? (
        <p className="problem" role="alert" data-testid="json-problem">
          Invalid JSON at line {parsed.line}, column {parsed.column}: {parsed.message}. Sending is blocked until it is
          fixed.
        </p>
      ) : null}
      {mode === 'form' ? (
        specs.length === 0 ? (
          <div>
            <p className="empty-state">
              {endpoint
                ? 'This endpoint takes no documented parameters. Use Raw JSON to send others.'
                : 'Pick an endpoint from the catalog for its parameters, or use Raw JSON to send your own.'}
            </p>
            {extra.length > 0 ? <p className="muted">Also sent: {extra.join(', ')}</p> : null}
          </div>
        ) : (
          <div className="param-grid">
            {specs.map((spec) => (
              <ParamField
                key={`${spec.in}-${spec.name}`}
                spec={spec}
                value={params[spec.name]}
                problem={problems.get(spec.name)}
                onChange={(value) => onChange(clean({ ...params, [spec.name]: value }), null)}
              />
            ))}
            {extra.length > 0 ? <p className="muted">Also sent (not in the catalog): {extra.join(', ')}</p> : null}
          </div>
        )
      ) : (
        <div className="raw-editor">
          <LazyCodeEditor
            path={`params-${tabId}.json`}
            value={text}
            language="json"
            theme={theme}
            ariaLabel="Parameters as JSON"
            jsonSchema={schema}
            onChange={(next) => {
              const result = parseJsonWithLocation(next);
              if (
                result.ok &&
                typeof result.value === 'object' &&
                result.value !== null &&
                !Array.isArray(result.value)
              )
                onChange(result.value as Record<string, unknown>, null);
              else onChange({ ...params }, next);
            }}
          />
        </div>
      )}
    </div>
  );
}
