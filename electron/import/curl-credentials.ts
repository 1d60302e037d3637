/**
 * A pasted cURL command with a provider's credentials: main asks (its own dialog) where they go — a new
 * profile where the command sent them, or an existing profile of that provider — or not to store them.
 */
import { maskSecret } from '../../shared/profiles/schema';
import { providerDefinition } from '../../shared/providers/registry';
import type { ImportPlan, ProviderProfileFound } from '../../shared/import/types';
import type { MainDialogs } from '../dialogs/dialogs';
import { existingFor, type ImportProfiles, type ProfileTarget } from './import-profiles';

/** Existing profiles offered as buttons beside "new" (a native message box holds a few). */
const OFFERED = 3;

export async function askWhereCredentialsGo(
  dialogs: Pick<MainDialogs, 'choose'>,
  plan: ImportPlan,
  found: ProviderProfileFound,
  profiles: ImportProfiles,
): Promise<ProfileTarget> {
  const provider = providerDefinition(found.provider);
  const labels = new Map(provider.profileFields.map((f) => [f.key, f.label]));
  const held = Object.entries(found.secrets).map(([field, variable]) => {
    const value = plan.secrets.find((s) => s.variable === variable)?.value;
    return `${labels.get(field) ?? field} ${maskSecret(value).masked}`;
  });
  const existing = existingFor(profiles, found).slice(0, OFFERED);
  const choice = await dialogs.choose({
    title: 'Store the credentials of this cURL command?',
    message: `The command holds ${provider.name} credentials (${held.join(', ')}). Store them in a profile?`,
    detail: `A new profile would send them only to ${found.baseUrl}. The request refers to the profile, never to the values; they stay encrypted in Parley.`,
    choices: ['Store in a new profile', ...existing.map((p) => `Store in profile ${p.name}`)],
  });
  if (choice === null) return 'none';
  const picked = existing[choice - 1];
  return choice === 0 || !picked ? 'new' : { id: picked.id };
}
