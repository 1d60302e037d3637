import type { ParamSpec } from '../../../../shared/providers/catalog';
import { coerceParam } from '../../../../shared/providers/param-check';

interface ParamFieldProps {
  readonly spec: ParamSpec;
  readonly value: unknown;
  readonly problem: string | undefined;
  readonly onChange: (value: unknown) => void;
}

const asText = (value: unknown) =>
  value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** One catalog parameter as a form field: enums as selects, required marked, the problem shown beside it. */
export function ParamField({ spec, value, problem, onChange }: ParamFieldProps) {
  const id = `param-${spec.in}-${spec.name}`;
  const describedBy = `${id}-help`;
  const common = {
    id,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': spec.required || undefined,
  } as const;
  const options = spec.enum ?? (spec.type === 'boolean' ? ['true', 'false'] : null);
  return (
    <div className={problem ? 'param-field has-problem' : 'param-field'}>
      <label htmlFor={id}>
        <span className="param-name">{spec.name}</span>
        {spec.required ? (
          <span className="required" title="Required">
            {' '}
            *
          </span>
        ) : null}
        <span className="param-type">
          {spec.type}
          {spec.in !== 'params' ? ` · ${spec.in}` : ''}
        </span>
      </label>
      {options ? (
        <select {...common} value={asText(value)} onChange={(e) => onChange(coerceParam(spec, e.target.value))}>
          <option value="">{spec.required ? '— choose —' : '(not sent)'}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          value={asText(value)}
          inputMode={
            spec.type === 'integer' || spec.type === 'number' || spec.type === 'decimal' ? 'decimal' : undefined
          }
          placeholder={
            spec.example !== undefined ? `e.g. ${asText(spec.example)}` : spec.type === 'date' ? 'YYYY-MM-DD' : ''
          }
          onChange={(e) => onChange(coerceParam(spec, e.target.value))}
        />
      )}
      <div id={describedBy} className="param-help">
        {problem ? (
          <span className="problem" role="alert">
            {problem}
          </span>
        ) : (
          spec.description
        )}
      </div>
    </div>
  );
}
