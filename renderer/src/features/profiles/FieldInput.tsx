import { useId } from 'react';
import type { ProfileFieldSpec } from '../../../../shared/providers/types';

export interface FieldInputProps {
  readonly spec: Pick<ProfileFieldSpec, 'label' | 'required' | 'help' | 'placeholder' | 'options'>;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | null;
  readonly type?: 'text' | 'url';
}

/** A plain (non-secret) profile field: a text box, or a select when the provider lists the values. */
export function FieldInput({ spec, value, onChange, error, type = 'text' }: FieldInputProps) {
  const id = useId();
  const describedBy =
    [spec.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;
  return (
    <div className="form-row">
      <label htmlFor={id}>
        {spec.label}
        {spec.required && <span aria-hidden="true"> *</span>}
      </label>
      {spec.options && spec.options.length > 0 ? (
        <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
          {!spec.required && <option value="">—</option>}
          {spec.required && !spec.options.some((option) => option.value === value) && <option value="">Choose…</option>}
          {spec.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={type}
          value={value}
          placeholder={spec.placeholder}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {spec.help && (
        <p id={`${id}-help`} className="field-help">
          {spec.help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
