import { useId } from 'react';
import { variableParts } from '../../../../shared/request/variables';

interface UrlFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly values: Readonly<Record<string, string>>;
  readonly placeholder: string;
  readonly label: string;
  readonly invalid?: boolean;
  /** Pasted text; returning true takes it over (the input keeps its value). */
  readonly onPasteText?: (text: string) => boolean;
}

/**
 * A text input with `{{variables}}` highlighted: a mirror layer behind the transparent input draws the
 * highlights; each variable shows its resolved value (secrets masked) on hover and in the list below.
 */
export function UrlField({ value, onChange, values, placeholder, label, invalid, onPasteText }: UrlFieldProps) {
  const id = useId();
  const parts = variableParts(value);
  const variables = parts.filter((part) => part.variable !== null);
  return (
    <div className="url-field">
      <div className="url-field-stack">
        <div className="url-field-mirror" aria-hidden="true">
          {parts.map((part, index) =>
            part.variable === null ? (
              <span key={index}>{part.text}</span>
            ) : (
              <mark key={index} className={values[part.variable] === undefined ? 'var var-missing' : 'var'}>
                {part.text}
              </mark>
            ),
          )}
        </div>
        <input
          id={id}
          aria-label={label}
          aria-invalid={invalid || undefined}
          className="url-field-input"
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
          onPaste={(event) => {
            if (onPasteText?.(event.clipboardData.getData('text/plain'))) event.preventDefault();
          }}
        />
      </div>
      {variables.length > 0 ? (
        <ul className="var-list" aria-label="Variables in this URL">
          {variables.map((part, index) => {
            const resolved = part.variable === null ? undefined : values[part.variable];
            return (
              <li
                key={index}
                title={resolved ?? 'No value: define it in the profile'}
                className={resolved === undefined ? 'var-missing' : undefined}
              >
                <code>{part.text}</code> →{' '}
                {resolved === undefined ? <em>undefined</em> : <code>{resolved || '""'}</code>}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
