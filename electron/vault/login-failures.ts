/**
 * Consecutive failed logins, counted where the server counts them. A provider whose server bans the
 * client IP (wbTeamPro) counts per API origin across all its profiles; others count per profile. The
 * counts live in the vault document, so a restart does not reset a count the server still holds.
 */
import type { AuthState } from '../../shared/profiles/vault-types';
import { substitute } from '../../shared/request/variables';
import type { AuthLockout } from '../providers/types';
import type { StoredProfile, VaultDocument } from './stored';

export interface FailureEntry {
  readonly count: number;
  /** The profiles whose logins failed in this run of failures, oldest first. */
  readonly profileIds: readonly string[];
}

type FailureRecords = VaultDocument['authFailures'];

/** Where a base URL's requests go: scheme, host and port (`mock://wbteampro` for a Demo profile). */
function originOf(profile: StoredProfile): string | null {
  const values: Record<string, string> = { ...profile.fields };
  for (const variable of profile.variables) values[variable.name] = variable.value;
  const resolved = substitute(profile.baseUrl, values).text;
  if (resolved.includes('{{')) return null;
  try {
    const url = new URL(resolved);
    return url.host ? `${url.protocol}//${url.host}` : null;
  } catch {
    return null;
  }
}

/** The key a profile's failures are counted under: its origin for IP-wide lockouts, else its own id. */
export function failureKey(profile: StoredProfile, lockout: AuthLockout | undefined): string {
  const origin = lockout?.scope === 'origin' ? originOf(profile) : null;
  return origin === null ? profile.id : `origin ${origin}`;
}

/** Documents written before counts were shared stored a bare number per profile id. */
export function failureEntry(records: FailureRecords, key: string): FailureEntry {
  const stored = records[key];
  if (stored === undefined) return { count: 0, profileIds: [] };
  return typeof stored === 'number' ? { count: stored, profileIds: [key] } : stored;
}

/** The records after one login: a failure adds to the count, a success clears it. */
export function recordLogin(records: FailureRecords, key: string, profileId: string, failed: boolean): FailureRecords {
  const { [key]: _previous, ...others } = records;
  if (!failed) return others;
  const entry = failureEntry(records, key);
  const profileIds = entry.profileIds.includes(profileId) ? entry.profileIds : [...entry.profileIds, profileId];
  return { ...others, [key]: { count: entry.count + 1, profileIds: [...profileIds] } };
}

export function describeFailures(
  entry: FailureEntry,
  key: string,
  lockout: AuthLockout | undefined,
  nameOf: (profileId: string) => string,
): AuthState {
  const needsConfirmation = lockout !== undefined && entry.count >= lockout.threshold;
  if (!needsConfirmation) return { failures: entry.count, needsConfirmation, warning: null };
  const names = entry.profileIds.map((id) => `"${nameOf(id)}"`).join(', ');
  const where = key.startsWith('origin ') ? ` on ${key.slice('origin '.length)}` : '';
  return {
    failures: entry.count,
    needsConfirmation,
    warning: `${entry.count} failed logins in a row${where} (${names}). ${lockout.risk} Check the credentials first, or confirm to send anyway.`,
  };
}
