import type { ProfileView } from '../../../../shared/profiles/schema';
import { EnvironmentDot } from './EnvironmentDot';
import { environmentLabels } from './profile-form';

export interface ProfileListProps {
  readonly profiles: readonly ProfileView[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onMove: (id: string, delta: -1 | 1) => void;
}

/** The provider's profiles in the user's order; the arrows reorder (keyboard reachable, unlike drag). */
export function ProfileList({ profiles, selectedId, onSelect, onMove }: ProfileListProps) {
  if (profiles.length === 0) return <p className="empty-state">No profiles yet.</p>;
  return (
    <ul className="profile-list" aria-label="Profiles">
      {profiles.map((profile, index) => (
        <li key={profile.id} className="profile-list-item">
          <button
            type="button"
            className="profile-select"
            aria-current={profile.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(profile.id)}
          >
            <EnvironmentDot environment={profile.environment} decorative />
            <span className="profile-name">{profile.name}</span>
            <span className="profile-env muted">{environmentLabels[profile.environment]}</span>
          </button>
          <span className="reorder">
            <button
              type="button"
              aria-label={`Move ${profile.name} up`}
              disabled={index === 0}
              onClick={() => onMove(profile.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move ${profile.name} down`}
              disabled={index === profiles.length - 1}
              onClick={() => onMove(profile.id, 1)}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
