import type { KeyValueRow } from '../../../../shared/request/draft';
import { isClearCredential } from '../../../../shared/request/credentials';
import { REDACTED } from '../../../../shared/request/redact';

interface KeyValueEditorProps {
  readonly rows: readonly KeyValueRow[];
  readonly onChange: (rows: KeyValueRow[]) => void;
  readonly label: string;
  readonly namePlaceholder: string;
  /** Hover text for a value: what its `{{variables}}` resolve to and from which layer. */
  readonly describeValue?: (value: string) => string | undefined;
  /** Offered on a value that is a credential typed in clear (`Authorization: Bearer …`, `api_key=…`). */
  readonly onMoveCredential?: (index: number) => void;
}

/** Editable name/value rows with an enable switch; there is always one empty row to type into. */
export function KeyValueEditor({
  rows,
  onChange,
  label,
  namePlaceholder,
  describeValue,
  onMoveCredential,
}: KeyValueEditorProps) {
  const shown = [...rows, { name: '', value: '', enabled: true }];
  const set = (index: number, change: Partial<KeyValueRow>) => {
    const next = shown.map((row, i) => (i === index ? { ...row, ...change } : row));
    onChange(next.filter((row, i) => i < next.length - 1 || row.name !== '' || row.value !== ''));
  };
  return (
    <table className="kv-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col" className="kv-on">
            <span className="sr-only">Enabled</span>
          </th>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          <th scope="col" className="kv-on">
            <span className="sr-only">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((row, index) => {
          const last = index === shown.length - 1;
          // A masked value (a restored draft) is no credential to move.
          const credential =
            !last &&
            onMoveCredential !== undefined &&
            !row.value.includes(REDACTED) &&
            isClearCredential(row.name, row.value);
          return (
            <tr key={index}>
              <td>
                {last ? null : (
                  <input
                    type="checkbox"
                    aria-label={`Send ${row.name}`}
                    checked={row.enabled}
                    onChange={(e) => set(index, { enabled: e.target.checked })}
                  />
                )}
              </td>
              <td>
                <input
                  aria-label={`${label} name ${index + 1}`}
                  value={row.name}
                  placeholder={namePlaceholder}
                  onChange={(e) => set(index, { name: e.target.value })}
                />
              </td>
              <td>
                <div className="kv-value">
                  <input
                    aria-label={`${label} value ${index + 1}`}
                    value={row.value}
                    placeholder="value"
                    title={describeValue?.(row.value)}
                    onChange={(e) => set(index, { value: e.target.value })}
                  />
                  {credential ? (
                    <button
                      type="button"
                      className="credential-move link"
                      title="This looks like a credential: keep it in the vault as a secret variable, sent only to this origin"
                      onClick={() => onMoveCredential(index)}
                    >
                      Move to a secret variable
                    </button>
                  ) : null}
                </div>
              </td>
              <td>
                {last ? null : (
                  <button
                    type="button"
                    aria-label={`Remove ${row.name || 'row'}`}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
