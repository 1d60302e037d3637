/** The filter box's form — expression, Filter and Clear — shared by the in-window filter and main's JSONPath. */
import type { FormEvent } from 'react';

export function FilterForm({
  language,
  placeholder,
  expression,
  onExpression,
  onSubmit,
  onClear,
  busy,
  disabled = false,
}: {
  readonly language: string;
  readonly placeholder: string;
  readonly expression: string;
  readonly onExpression: (expression: string) => void;
  readonly onSubmit: (event: FormEvent) => void;
  /** Shown as a Clear button while there is a result to clear. */
  readonly onClear: (() => void) | null;
  readonly busy: boolean;
  readonly disabled?: boolean;
}) {
  return (
    <form onSubmit={onSubmit} className="inspector-filter-form">
      <input
        type="text"
        aria-label={`Filter with ${language}`}
        placeholder={placeholder}
        value={expression}
        onChange={(event) => onExpression(event.target.value)}
        disabled={disabled}
      />
      <button type="submit" disabled={disabled || busy}>
        {busy ? 'Filtering…' : 'Filter'}
      </button>
      {onClear ? (
        <button type="button" onClick={onClear}>
          Clear
        </button>
      ) : null}
    </form>
  );
}
