import { useId, useState } from 'react';
import type { MaskedSecret } from '../../../../shared/profiles/schema';
import type { ProfileFieldSpec } from '../../../../shared/providers/types';

export interface SecretInputProps {
  readonly spec: ProfileFieldSpec;
  readonly stored: MaskedSecret | undefined;
  /** undefined: keep what is stored; string: replace with it; null: clear it. */
  readonly change: string | null | undefined;
  readonly onChange: (change: string | null | undefined) => void;
  readonly error: string | null;
}

/**
 * A write-only secret: what is stored shows only as its mask, with Replace and Clear. The value typed
 * here goes to main on save and never comes back.
 */
export function SecretInput({ spec, stored, change, onChange, error }: SecretInputProps) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const hasStored = stored?.set === true;
  const describedBy =
    [spec.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  let control;
  if (hasStored && change === undefined) {
    control = (
      <div className="secret-stored">
        <span className="secret-mask" aria-label={`${spec.label} is set`}>
          {stored.masked}
        </span>
        <button type="button" onClick={() => onChange('')}>
          Replace
        </button>
        {!spec.required && (
          <button type="button" onClick={() => onChange(null)}>
            Clear
          </button>
        )}
      </div>
    );
  } else if (change === null) {
    control = (
      <div className="secret-stored">
        <span className="muted">Cleared when you save.</span>
        <button type="button" onClick={() => onChange(undefined)}>
          Keep it
        </button>
      </div>
    );
  } else {
    control = (
      <div className="secret-entry">
        <input
          id={id}
          type={revealed ? 'text' : 'password'}
          value={change ?? ''}
          autoComplete="off"
          spellCheck={false}
          placeholder={spec.placeholder ?? (hasStored ? 'New value' : '')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          data-secret-field={spec.key}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="button" aria-pressed={revealed} onClick={() => setRevealed((r) => !r)}>
          {revealed ? 'Hide' : 'Show'}
        </button>
        {hasStored && (
          <button type="button" onClick={() => onChange(undefined)}>
            Cancel
          </button>
        )}
      </div>
    );
  }

  return (
    <div className="form-row">
      <label htmlFor={id}>
        {spec.label}
        {spec.required && <span aria-hidden="true"> *</span>} <span className="secret-badge">secret</span>
      </label>
      {control}
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
