import type { SandboxId } from '../../../../shared/providers/sandboxes';

export interface ProfileManagerProps {
  readonly providerId: SandboxId;
  readonly onClose: () => void;
}

/** Placeholder until the vault lands. */
export function ProfileManager({ onClose }: ProfileManagerProps) {
  return (
    <div role="dialog" aria-label="Profiles" className="dialog">
      <p>Profiles are not available yet.</p>
      <button type="button" onClick={onClose}>Close</button>
    </div>
  );
}
