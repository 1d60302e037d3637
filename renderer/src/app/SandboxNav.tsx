import type { SandboxInfo } from '../../../shared/providers/sandboxes';
import { SandboxBadge } from './SandboxBadge';

/** The sidebar's list of sandboxes: plain HTTP and every registered provider. */
export function SandboxNav<Id extends string>({
  sandboxes,
  active,
  onSelect,
}: {
  readonly sandboxes: readonly SandboxInfo<Id>[];
  /** The sandbox shown, or null while none is yet (the first paint, before the last session is read). */
  readonly active: Id | null;
  readonly onSelect: (id: Id) => void;
}) {
  return (
    <nav aria-label="Sandboxes">
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
              <SandboxBadge info={sandbox} />
              <span>{sandbox.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
