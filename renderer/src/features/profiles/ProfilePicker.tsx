import type { SandboxId } from '../../../../shared/providers/sandboxes';

export interface ProfilePickerProps {
  readonly providerId: SandboxId;
  readonly value: string | null;
  readonly onChange: (profileId: string | null) => void;
  readonly onManage: () => void;
}

/** Placeholder until the vault lands. */
export function ProfilePicker({ onManage }: ProfilePickerProps) {
  return <button type="button" onClick={onManage}>Profiles…</button>;
}
