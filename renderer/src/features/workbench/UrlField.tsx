import { useId, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import type { VariableExplanation } from '../../../../shared/environments/types';
import { substitute, variableParts } from '../../../../shared/request/variables';

interface UrlFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly values: Readonly<Record<string, string>>;
  /** Which layer each variable's value comes from, for the hover. */
  readonly explain?: (name: string) => VariableExplanation;
  readonly placeholder: string;
  readonly label: string;
  readonly invalid?: boolean;
  /** Names the field for keyboard shortcuts (Ctrl+L focuses the request's URL). */
  readonly focusTarget?: string;
  /** Pasted text; returning true takes it over (the input keeps its value). */
  readonly onPasteText?: (text: string) => boolean;
}

interface Hovered {
  readonly name: string;
  readonly left: number;
}

/** "= value (from environment staging)", or why there is none. */
export function describeVariable(explanation: VariableExplanation | undefined, value: string | undefined): string {
  if (explanation?.layer === 'dynamic') return 'a dynamic value, new at each send';
  if (value === undefined) return 'no value: define it in an environment, a folder or the profile';
  const shown = value === '' ? '""' : value;
  return explanation?.layer ? `= ${shown} (from ${explanation.layer})` : `= ${shown}`;
}

/**
 * A text input with `{{variables}}` highlighted: a mirror layer behind the transparent input draws the
 * highlights; hovering a variable shows its resolved value (secrets masked) and the layer it came from,
 * and the list below shows each variable and the URL as it will be sent.
 */
export function UrlField({
  value,
  onChange,
  values,
  explain,
  placeholder,
  label,
  invalid,
  focusTarget,
  onPasteText,
}: UrlFieldProps) {
  const id = useId();
  const mirror = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const parts = variableParts(value);
  const variables = parts.filter((part) => part.variable !== null);

  const hover = (event: ReactMouseEvent) => {
    const scroll = input.current?.scrollLeft ?? 0;
    const box = mirror.current?.getBoundingClientRect();
    const marks = [...(mirror.current?.querySelectorAll<HTMLElement>('mark[data-variable]') ?? [])];
    const under = marks.find((mark) => {
      const rect = mark.getBoundingClientRect();
      const x = event.clientX + scroll;
      return x >= rect.left && x <= rect.right;
    });
    const name = under?.dataset.variable;
    if (!name || !box) return setHovered(null);
    const left = (under?.getBoundingClientRect().left ?? 0) - box.left - scroll;
    setHovered((current) => (current?.name === name && current.left === left ? current : { name, left }));
  };

  const resolved = variables.length > 0 ? substitute(value, values).text : null;
  return (
    <div className="url-field">
      <div className="url-field-stack" onMouseMove={hover} onMouseLeave={() => setHovered(null)}>
        <div ref={mirror} className="url-field-mirror" aria-hidden="true">
          {/* Without a variable there is nothing to highlight: a key then changes the input's text only. */}
          {variables.length === 0
            ? null
            : parts.map((part, index) =>
                part.variable === null ? (
                  <span key={index}>{part.text}</span>
                ) : (
                  <mark
                    key={index}
                    data-variable={part.variable}
                    className={values[part.variable] === undefined ? 'var var-missing' : 'var'}
                  >
                    {part.text}
                  </mark>
                ),
              )}
        </div>
        <input
          ref={input}
          id={id}
          data-focus-target={focusTarget}
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
        {hovered ? (
          <div className="var-hover" role="tooltip" style={{ left: Math.max(0, hovered.left), top: '100%' }}>
            <code>{`{{${hovered.name}}}`}</code> {describeVariable(explain?.(hovered.name), values[hovered.name])}
            {resolved !== null ? (
              <div className="var-explain">
                URL sent: <code>{resolved}</code>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
      {variables.length > 0 ? (
        <ul className="var-list" aria-label="Variables in this URL">
          {variables.map((part, index) => {
            const name = part.variable ?? '';
            const shown = values[name];
            const explanation = explain?.(name);
            return (
              <li
                key={index}
                title={describeVariable(explanation, shown)}
                className={shown === undefined ? 'var-missing' : undefined}
              >
                <code>{part.text}</code> → {shown === undefined ? <em>undefined</em> : <code>{shown || '""'}</code>}
                {explanation?.layer ? <span className="var-explain"> · {explanation.layer}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
