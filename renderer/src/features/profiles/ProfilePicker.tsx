import { useEffect, useRef } from 'react';
import type { SandboxId } from '../../../../shared/providers/sandboxes';
import { useIpcMutation, useIpcQuery } from '../../ipc/hooks';
import { EnvironmentDot } from './EnvironmentDot';
import './profiles.css';

export interface ProfilePickerProps {
  readonly providerId: SandboxId;
  readonly value: string | null;
  readonly onChange: (profileId: string | null) => void;
  readonly onManage: () => void;
}

/** Picks the active profile of a provider; its environment colour shows beside it. Remembers the last one used. */
export function ProfilePicker({ providerId, value, onChange, onManage }: ProfilePickerProps) {
  const list = useIpcQuery('profiles.list', { providerId });
  const lastUsed = useIpcQuery('profiles.lastUsed.get', { providerId });
  const remember = useIpcMutation('profiles.lastUsed.set', ['profiles.lastUsed.get']);
  const profiles = list.data ?? [];
  const active = profiles.find((p) => p.id === value) ?? null;

  // Once per provider, with nothing chosen yet: start with the profile used last time (if it still exists).
  const restoredFor = useRef<SandboxId | null>(null);
  useEffect(() => {
    if (restoredFor.current === providerId || !list.isSuccess || !lastUsed.isSuccess) return;
    restoredFor.current = providerId;
    if (value === null && lastUsed.data && list.data.some((p) => p.id === lastUsed.data)) onChange(lastUsed.data);
  }, [providerId, value, lastUsed.isSuccess, lastUsed.data, list.isSuccess, list.data, onChange]);

  const choose = (id: string | null) => {
    onChange(id);
    remember.mutate({ providerId, profileId: id });
  };

  return (
    <div className="profile-picker">
      {active ? (
        <EnvironmentDot environment={active.environment} />
      ) : (
        <span className="env-dot env-none" aria-hidden="true" />
      )}
      <select
        aria-label="Profile"
        value={active?.id ?? ''}
        onChange={(event) => choose(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{profiles.length === 0 ? 'No profile' : 'No profile selected'}</option>
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name} ({profile.environment})
          </option>
        ))}
      </select>
      <button type="button" onClick={onManage}>
        Manage…
      </button>
    </div>
  );
}
