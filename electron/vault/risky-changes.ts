/**
 * Changes that would send a profile's secrets somewhere new — another origin (a base URL, or a field such as
 * APSIS's region that picks the host), TLS verification off, a proxy in the path — are confirmed by the user in a dialog main owns, never by the renderer alone.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { ProfilePatch, ProfileView } from '../../shared/profiles/schema';
import type { MainDialogs } from '../dialogs/dialogs';
import { originOf } from '../../shared/request/url';

const hasSecrets = (profile: ProfileView) => Object.values(profile.secrets).some((secret) => secret.set);

/** The URL a profile's secrets go to (a provider may derive it from a field: APSIS's region picks the host). */
export type ProfileHome = (profile: Pick<ProfileView, 'providerId' | 'baseUrl' | 'fields'>) => string;

const baseUrlHome: ProfileHome = (profile) => profile.baseUrl;

/** What the patch changes that puts the profile's stored secrets at risk, in words; empty when nothing does. */
export function riskyProfileChanges(current: ProfileView, patch: ProfilePatch, homeOf = baseUrlHome): string[] {
  if (!hasSecrets(current)) return [];
  const risks: string[] = [];
  const before = homeOf(current);
  const after = homeOf({
    ...current,
    baseUrl: patch.baseUrl ?? current.baseUrl,
    fields: patch.fields ?? current.fields,
  });
  if (originOf(after) !== originOf(before))
    risks.push(`its secrets would go to ${originOf(after) ?? after} instead of ${originOf(before) ?? before}`);
  if (patch.tlsVerify === false && current.tlsVerify)
    risks.push('TLS verification would be off, so anyone in the network path could read its secrets');
  return risks;
}

export async function confirmProfileChange(
  dialogs: Pick<MainDialogs, 'confirm'>,
  current: ProfileView,
  patch: ProfilePatch,
  homeOf?: ProfileHome,
): Promise<void> {
  const risks = riskyProfileChanges(current, patch, homeOf);
  if (risks.length === 0) return;
  const confirmed = await dialogs.confirm({
    title: 'Change where this profile sends its secrets?',
    message: `Change profile "${current.name}"?`,
    detail: `With this change ${risks.join(', and ')}.`,
    confirmLabel: 'Change profile',
  });
  if (!confirmed) throw new HandlerError('conflict', `The profile was not changed: ${risks.join(', and ')}.`);
}

export async function confirmProxyChange(
  dialogs: Pick<MainDialogs, 'confirm'>,
  before: string,
  after: string,
  profilesWithSecrets: number,
): Promise<void> {
  if (after === '' || after === before || profilesWithSecrets === 0) return;
  const confirmed = await dialogs.confirm({
    title: 'Send requests through a proxy?',
    message: `Send every request through ${after}?`,
    detail: `The proxy sees the requests of ${profilesWithSecrets} profile(s) with secrets: for plain http it reads them, for https it sees where they go.`,
    confirmLabel: 'Use this proxy',
  });
  if (!confirmed) throw new HandlerError('conflict', `The proxy was not set: ${after} was not confirmed.`);
}

/** Names of the profiles in an export file that turn TLS verification off. */
function tlsOffProfiles(content: string): string[] {
  try {
    const file = JSON.parse(content) as { profiles?: unknown };
    if (!Array.isArray(file.profiles)) return [];
    return file.profiles
      .filter((p): p is { name: unknown; tlsVerify: unknown } => Boolean(p) && typeof p === 'object')
      .filter((p) => p.tlsVerify === false)
      .map((p) => String(p.name));
  } catch {
    return []; // Not JSON: the import itself says what is wrong with the file.
  }
}

/** An import that turns TLS verification off says so and needs the user's yes. */
export async function confirmTlsOffImports(dialogs: Pick<MainDialogs, 'confirm'>, content: string): Promise<void> {
  const names = tlsOffProfiles(content);
  if (names.length === 0) return;
  const list = names.map((name) => `"${name}"`).join(', ');
  const confirmed = await dialogs.confirm({
    title: 'Import profiles without TLS verification?',
    message: `${list} turn${names.length === 1 ? 's' : ''} TLS certificate verification off.`,
    detail: 'Without verification anyone in the network path can pose as the server and read the secrets sent to it.',
    confirmLabel: 'Import anyway',
  });
  if (!confirmed) throw new HandlerError('conflict', `Nothing was imported: ${list} would turn TLS verification off.`);
}
