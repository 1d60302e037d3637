import { useMemo, useState } from 'react';
import type { EndpointSpec } from '../../../../shared/providers/catalog';
import { providerDefinition } from '../../../../shared/providers/registry';
import type { SandboxId } from '../../../../shared/providers/sandboxes';
import { useOpenEndpoint } from '../workbench/useOpenEndpoint';
import './catalog.css';

const matches = (endpoint: EndpointSpec, query: string) =>
  `${endpoint.name} ${endpoint.path} ${endpoint.group} ${endpoint.method} ${endpoint.id}`.toLowerCase().includes(query);

/** The provider's catalog grouped by resource, searchable; a click opens the endpoint in a tab. */
export function CatalogPanel({ sandbox }: { readonly sandbox: SandboxId }) {
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const openEndpoint = useOpenEndpoint();
  const definition = sandbox === 'http' ? undefined : providerDefinition(sandbox);
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const map = new Map<string, EndpointSpec[]>();
    for (const endpoint of definition?.catalog ?? []) {
      if (q && !matches(endpoint, q)) continue;
      map.set(endpoint.group, [...(map.get(endpoint.group) ?? []), endpoint]);
    }
    return [...map];
  }, [definition, query]);

  if (sandbox === 'http')
    return <p className="empty-state app-small">Plain HTTP has no catalog: type any URL in the request.</p>;
  if (!definition)
    return <p className="empty-state app-small">This provider's catalog is not available in this build.</p>;
  const toggle = (group: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(group)) next.delete(group);
      else next.add(group);
      return next;
    });
  return (
    <div className="catalog-panel">
      <input
        type="search"
        className="catalog-search"
        aria-label={`Search ${definition.name} endpoints`}
        placeholder={`Search ${definition.catalog.length} endpoints`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {definition.catalog.some((endpoint) => endpoint.assumption) ? (
        <p className="catalog-legend muted" data-testid="catalog-legend">
          <span className="assumed" aria-hidden="true">
            ?
          </span>{' '}
          details assumed: the reference does not confirm them (hover an endpoint for why)
        </p>
      ) : null}
      {groups.length === 0 ? <p className="empty-state app-small">No endpoint matches “{query}”.</p> : null}
      <ul className="catalog-groups" aria-label={`${definition.name} catalog`}>
        {groups.map(([group, endpoints]) => {
          const open = query.trim() !== '' || !collapsed.has(group);
          return (
            <li key={group}>
              <button type="button" className="catalog-group" aria-expanded={open} onClick={() => toggle(group)}>
                {open ? '▾' : '▸'} {group} <span className="muted">{endpoints.length}</span>
              </button>
              {open ? (
                <ul>
                  {endpoints.map((endpoint) => (
                    <li key={endpoint.id}>
                      <button
                        type="button"
                        className="catalog-item"
                        title={`${endpoint.method} ${endpoint.path}${endpoint.assumption ? `\nAssumed: ${endpoint.assumption}` : ''}`}
                        onClick={() => openEndpoint(definition.id, endpoint)}
                      >
                        <span className={`method-tag method-${endpoint.method}`}>{endpoint.method}</span>
                        <span className="catalog-name">{endpoint.name}</span>
                        {endpoint.assumption ? (
                          <span className="assumed">
                            <span aria-hidden="true">?</span>
                            <span className="sr-only"> (details assumed)</span>
                          </span>
                        ) : null}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
