import type { ProfileVariable } from '../../../../shared/profiles/schema';

export interface VariablesTableProps {
  readonly variables: readonly ProfileVariable[];
  readonly onChange: (variables: ProfileVariable[]) => void;
  readonly errors: ReadonlyMap<number, string>;
}

/** Free-form `{{name}}` values of a profile. Not secret: they show in previews and history. */
export function VariablesTable({ variables, onChange, errors }: VariablesTableProps) {
  const set = (index: number, patch: Partial<ProfileVariable>) =>
    onChange(variables.map((variable, i) => (i === index ? { ...variable, ...patch } : variable)));
  return (
    <fieldset className="variables">
      <legend>Variables</legend>
      <p className="field-help">
        Use them as {'{{name}}'} in URLs, headers, parameters and bodies. They are not secret.
      </p>
      {variables.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {variables.map((variable, index) => (
              <tr key={index}>
                <td>
                  <input
                    aria-label={`Variable ${index + 1} name`}
                    value={variable.name}
                    spellCheck={false}
                    aria-invalid={errors.has(index) ? true : undefined}
                    onChange={(event) => set(index, { name: event.target.value })}
                  />
                  {errors.has(index) && (
                    <p className="field-error" role="alert">
                      {errors.get(index)}
                    </p>
                  )}
                </td>
                <td>
                  <input
                    aria-label={`Variable ${index + 1} value`}
                    value={variable.value}
                    spellCheck={false}
                    onChange={(event) => set(index, { value: event.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove variable ${variable.name || index + 1}`}
                    onClick={() => onChange(variables.filter((_, i) => i !== index))}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => onChange([...variables, { name: '', value: '' }])}>
        Add variable
      </button>
    </fieldset>
  );
}
