import { emptyRow, type VariableRow } from './variable-rows';

interface Props {
  /** What the rows are for, in labels: "Global", "staging", "Folder users". */
  readonly label: string;
  readonly rows: readonly VariableRow[];
  readonly onChange: (rows: VariableRow[]) => void;
}

/**
 * Name, value, secret switch and (for a secret) where it may be sent. A stored secret shows only its mask;
 * "Replace" lets a new value be typed, which goes to main on save and never comes back.
 */
export function VariableRowsEditor({ label, rows, onChange }: Props) {
  const set = (index: number, patch: Partial<VariableRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="variable-rows">
      <table aria-label={`${label} variables`}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Secret</th>
            <th scope="col">Allowed origins (secrets)</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const name = row.name || `row ${index + 1}`;
            return (
              <tr key={index}>
                <td>
                  <input
                    aria-label={`${label} variable ${index + 1} name`}
                    value={row.name}
                    spellCheck={false}
                    onChange={(e) => set(index, { name: e.target.value })}
                  />
                </td>
                <td>
                  {row.secret && row.masked && !row.replacing ? (
                    <span className="secret-stored">
                      <span className="secret-mask" aria-label={`${name} is set`}>
                        {row.masked}
                      </span>
                      <button type="button" onClick={() => set(index, { replacing: true, value: '' })}>
                        Replace
                      </button>
                    </span>
                  ) : (
                    <input
                      aria-label={`${label} variable ${index + 1} value`}
                      type={row.secret ? 'password' : 'text'}
                      autoComplete="off"
                      value={row.value}
                      spellCheck={false}
                      placeholder={row.secret ? 'Secret value (kept in the vault)' : 'value'}
                      onChange={(e) => set(index, { value: e.target.value })}
                    />
                  )}
                </td>
                <td className="variable-secret">
                  <input
                    type="checkbox"
                    aria-label={`${name} is secret`}
                    checked={row.secret}
                    onChange={(e) =>
                      set(index, {
                        secret: e.target.checked,
                        replacing: e.target.checked ? !row.masked : false,
                      })
                    }
                  />
                </td>
                <td>
                  {row.secret ? (
                    <input
                      aria-label={`${name} allowed origins`}
                      value={row.origins}
                      spellCheck={false}
                      placeholder="https://api.example.com"
                      onChange={(e) => set(index, { origins: e.target.value })}
                    />
                  ) : (
                    <span className="muted">any</span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove ${name}`}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, emptyRow])}>
        Add variable
      </button>
    </div>
  );
}
