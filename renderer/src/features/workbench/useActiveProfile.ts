import type { ProfileView } from '../../../../shared/profiles/schema';
import type { SandboxId } from '../../../../shared/providers/sandboxes';
import { useIpcQuery } from '../../ipc/hooks';

/** The profiles of a sandbox and the one a draft references. */
export function useProfiles(
  providerId: SandboxId,
  profileId: string | null,
): { profiles: readonly ProfileView[]; profile: ProfileView | null } {
  const query = useIpcQuery('profiles.list', { providerId });
  const profiles = query.data ?? [];
  return { profiles, profile: profiles.find((p) => p.id === profileId) ?? null };
}

/** Values `{{name}}` resolves to, for display: profile fields, masked secrets and variables. */
export function displayValues(profile: ProfileView | null): Record<string, string> {
  if (!profile) return {};
  const values: Record<string, string> = { ...profile.fields };
  for (const [name, secret] of Object.entries(profile.secrets)) if (secret.set) values[name] = secret.masked;
  for (const variable of profile.variables) values[variable.name] = variable.value;
  return values;
}
