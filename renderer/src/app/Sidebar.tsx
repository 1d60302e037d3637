import { sandboxes, type SandboxId } from '../../../shared/providers/sandboxes';

interface SidebarProps {
  readonly active: SandboxId;
  readonly onSelect: (id: SandboxId) => void;
}

export function Sidebar({ active, onSelect }: SidebarProps) {
  return (
    <nav className="sidebar" aria-label="Sandboxes">
      <div className="brand">Parley</div>
      <ul className="sandbox-list">
        {sandboxes.map((sandbox) => (
          <li key={sandbox.id}>
            <button
              type="button"
              className="sandbox-link"
              aria-current={sandbox.id === active ? 'page' : undefined}
              data-sandbox={sandbox.id}
              onClick={() => onSelect(sandbox.id)}
              title={sandbox.tagline}
            >
              <span className={`badge badge-${sandbox.id}`} aria-hidden="true">
                {sandbox.badge}
              </span>
              <span>{sandbox.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
