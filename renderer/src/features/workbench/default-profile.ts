import type { ProviderId } from '../../../../shared/providers/types';
import { invoke } from '../../ipc/client';

/** The profile a new request starts with: the last one used with the provider, else its first (the Demo). */
export async function defaultProfileId(providerId: ProviderId | 'http'): Promise<string | null> {
  const last = await invoke('profiles.lastUsed.get', { providerId });
  const profiles = await invoke('profiles.list', { providerId });
  if (last && profiles.some((p) => p.id === last)) return last;
  return profiles[0]?.id ?? null;
}
