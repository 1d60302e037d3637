import { SandboxBadge } from '../../app/SandboxBadge';
import { useState } from 'react';
import { providerDefinition } from '../../../../shared/providers/registry';
import { sandboxById, type SandboxId } from '../../../../shared/providers/sandboxes';
import { useOpenEndpoint } from '../workbench/useOpenEndpoint';

/** The provider's page header: what it is, how its auth works, and its most used endpoints one click away. */
export function SandboxHeader({ sandboxId }: { readonly sandboxId: SandboxId }) {
  const sandbox = sandboxById(sandboxId);
  const definition = sandboxId === 'http' ? undefined : providerDefinition(sandboxId);
  const [authOpen, setAuthOpen] = useState(false);
  const openEndpoint = useOpenEndpoint();
  const popular = definition?.catalog.filter((e) => e.popular).slice(0, 6) ?? [];
  return (
    <header className="sandbox-header" aria-labelledby="sandbox-title">
      <div className="sandbox-title-row">
        <SandboxBadge info={sandbox} />
        <h1 id="sandbox-title">{sandbox.name}</h1>
        <p className="muted">{sandbox.tagline}</p>
        {definition ? (
          <button type="button" className="link" aria-expanded={authOpen} onClick={() => setAuthOpen((open) => !open)}>
            How auth works here
          </button>
        ) : null}
      </div>
      {authOpen && definition ? (
        <ul className="auth-card" aria-label={`How ${definition.name} authentication works`}>
          {definition.authCard.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {popular.length > 0 && definition ? (
        <nav className="popular" aria-label="Most used endpoints">
          {popular.map((endpoint) => (
            <button
              key={endpoint.id}
              type="button"
              className="chip"
              onClick={() => openEndpoint(definition.id, endpoint)}
            >
              <span className={`method-tag method-${endpoint.method}`}>{endpoint.method}</span> {endpoint.name}
            </button>
          ))}
        </nav>
      ) : null}
    </header>
  );
}
