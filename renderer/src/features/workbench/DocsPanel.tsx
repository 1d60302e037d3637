import type { EndpointSpec } from '../../../../shared/providers/catalog';

/** The catalog's help for an endpoint: description, the documents' notes, assumptions and parameters. */
export function DocsPanel({ endpoint }: { readonly endpoint: EndpointSpec | null }) {
  if (!endpoint) return <p className="empty-state">Pick an endpoint from the catalog to see its documentation.</p>;
  return (
    <article className="docs-panel" aria-label={`Documentation for ${endpoint.name}`}>
      <h3>{endpoint.name}</h3>
      <p>
        <code>
          {endpoint.method} {endpoint.path}
        </code>{' '}
        · auth: {endpoint.auth}
      </p>
      <p>{endpoint.description}</p>
      {endpoint.assumption ? (
        <p className="app-warning">
          <strong>Assumption:</strong> {endpoint.assumption} You can edit the path in the URL field.
        </p>
      ) : null}
      {endpoint.notes && endpoint.notes.length > 0 ? (
        <ul>
          {endpoint.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {endpoint.params.length > 0 ? (
        <table className="docs-params">
          <thead>
            <tr>
              <th>Parameter</th>
              <th>Type</th>
              <th>Required</th>
              <th>Description</th>
            </tr>
          </thead>
          <tbody>
            {endpoint.params.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <td>
                  <code>{p.name}</code>
                </td>
                <td>
                  {p.type}
                  {p.enum ? ` (${p.enum.join(' | ')})` : ''}
                </td>
                <td>{p.required ? 'yes' : ''}</td>
                <td>{p.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
