import type { KeyValueRow } from '../../../../shared/request/draft';

interface KeyValueEditorProps {
  readonly rows: readonly KeyValueRow[];
  readonly onChange: (rows: KeyValueRow[]) => void;
  readonly label: string;
  readonly namePlaceholder: string;
}

/** Editable name/value rows with an enable switch; there is always one empty row to type into. */
export function KeyValueEditor({ rows, onChange, label, namePlaceholder }: KeyValueEditorProps) {
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
                <input
                  aria-label={`${label} value ${index + 1}`}
                  value={row.value}
                  placeholder="value"
                  onChange={(e) => set(index, { value: e.target.value })}
                />
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
