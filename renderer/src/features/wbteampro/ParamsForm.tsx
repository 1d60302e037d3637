import { useState } from 'react';
import type { ParamSpec } from '../../../../shared/providers/catalog';
import { checkParams } from '../../../../shared/providers/wbteampro/params';
import { errorMessage } from '../../../../shared/values';

interface ParamsFormProps {
  readonly specs: readonly ParamSpec[];
  readonly params: Readonly<Record<string, unknown>>;
  readonly methodName: string;
  readonly onChange: (params: Record<string, unknown>) => void;
}

const asText = (value: unknown) =>
  value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
const pretty = (params: Readonly<Record<string, unknown>>) => JSON.stringify(params, null, 2);

/** Integers become numbers once they are whole; anything else stays as typed (the builder says what is wrong). */
function coerce(spec: ParamSpec, text: string): unknown {
  if (text === '') return undefined;
  if (spec.type === 'integer' && /^-?[0-9]+$/.test(text)) return Number(text);
  return text;
}

function without(params: Readonly<Record<string, unknown>>, name: string, value: unknown): Record<string, unknown> {
  const next: Record<string, unknown> = { ...params, [name]: value };
  if (value === undefined) delete next[name];
  return next;
}

function Field({
  spec,
  value,
  problem,
  onChange,
}: {
  spec: ParamSpec;
  value: unknown;
  problem?: string;
  onChange: (value: unknown) => void;
}) {
  const id = `wb-param-${spec.name}`;
  const inputType = spec.type === 'date' ? 'date' : 'text';
  return (
    <div className={problem ? 'wb-field has-problem' : 'wb-field'}>
      <label htmlFor={id}>
        {spec.name}
        {spec.required ? (
          <span className="wb-required" title="Required">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {spec.enum ? (
        <select
          id={id}
          value={asText(value)}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => onChange(coerce(spec, event.target.value))}
        >
          <option value="">{spec.required ? '— choose —' : '(not sent)'}</option>
          {spec.enum.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={inputType}
          inputMode={spec.type === 'integer' ? 'numeric' : undefined}
          placeholder={spec.example === undefined ? '' : String(spec.example)}
          value={asText(value)}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => onChange(coerce(spec, event.target.value))}
        />
      )}
      <span className="wb-field-help">{problem ?? spec.description}</span>
    </div>
  );
}

/** The method's known params as a form and as JSON, kept in sync: each edits the same params object. */
export function ParamsForm({ specs, params, methodName, onChange }: ParamsFormProps) {
  const canonical = JSON.stringify(params);
  // The JSON text as typed, remembered with the params it was typed against: an outside change (the form) wins.
  const [edit, setEdit] = useState<{ text: string; base: string; error: string | null } | null>(null);
  const current = edit && edit.base === canonical ? edit : { text: pretty(params), base: canonical, error: null };
  const problems = new Map(checkParams(params, specs, methodName).map((problem) => [problem.param, problem.message]));
  const known = new Set(specs.map((spec) => spec.name));
  const extra = Object.keys(params).filter((name) => !known.has(name));

  const onJson = (text: string) => {
    try {
      const parsed: unknown = JSON.parse(text === '' ? '{}' : text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('params must be a JSON object');
      setEdit({ text, base: JSON.stringify(parsed), error: null });
      onChange(parsed as Record<string, unknown>);
    } catch (error) {
      setEdit({ text, base: canonical, error: errorMessage(error) });
    }
  };

  return (
    <div className="wb-params">
      <div className="wb-params-form" aria-label="Params form">
        {specs.length === 0 ? <p className="muted">{methodName} takes no documented params.</p> : null}
        {specs.map((spec) => (
          <Field
            key={spec.name}
            spec={spec}
            value={params[spec.name]}
            problem={problems.get(spec.name)}
            onChange={(value) => onChange(without(params, spec.name, value))}
          />
        ))}
        {extra.length > 0 ? <p className="muted">Also sent (not among the known fields): {extra.join(', ')}</p> : null}
      </div>
      <div className="wb-params-json">
        <label htmlFor="wb-params-json" className="wb-block-label">
          params as JSON
        </label>
        <textarea
          id="wb-params-json"
          spellCheck={false}
          value={current.text}
          aria-invalid={current.error ? true : undefined}
          onChange={(event) => onJson(event.target.value)}
          rows={Math.min(16, Math.max(4, current.text.split('\n').length + 1))}
        />
        {current.error ? (
          <p className="wb-problem" role="alert">
            Not applied: {current.error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
