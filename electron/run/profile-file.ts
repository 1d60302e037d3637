/**
 * Credentials for a headless run, never from the desktop vault: a profile export file (secrets sealed
 * with a passphrase, opened with `--passphrase-env`), and each secret the file does not carry from an
 * environment variable named after provider and field (`APSIS_API_KEY`, `WEBCRM_APPLICATION_TOKEN`).
 */
import { readFile } from 'node:fs/promises';
import type { ProfileView } from '../../shared/profiles/schema';
import { providerDefinition } from '../../shared/providers/registry';
import type { ProviderId } from '../../shared/providers/types';
import type { RequestDraft } from '../../shared/request/draft';
import type { PipelineVault } from '../pipeline/ports';
import type { AuthLockout } from '../providers/types';
import type { ImportedProfile } from '../vault/profile-transfer';

/** `APSIS` + `apiKey` → `APSIS_API_KEY`. */
export function secretEnvName(providerId: string, field: string): string {
  const provider = providerId.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
  const name = field
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
  return `${provider}_${name}`;
}

export interface RunProfiles {
  readonly vault: PipelineVault;
  /** A request's profile id from the profile name its file references (or the provider's only profile). */
  resolve(sandbox: RequestDraft['sandbox'], name: string | null): string | null;
  /** Every secret value in play, so reports can be checked and masked. */
  readonly secretValues: readonly string[];
}

/** The API origin a server bans by, when it bans by IP (the lockout's scope); null when it counts per profile. */
function bannedOrigin(profile: ProfileView, lockout: AuthLockout | undefined): string | null {
  if (lockout?.scope !== 'origin') return null;
  try {
    return new URL(profile.baseUrl).origin;
  } catch {
    return null;
  }
}

/** Where a profile's logins are counted: its API origin when the server bans by IP, else the profile. */
function failureKey(profile: ProfileView, lockout: AuthLockout | undefined): string {
  const origin = bannedOrigin(profile, lockout);
  return origin === null ? profile.id : `origin ${origin}`;
}

export async function loadRunProfiles(
  file: string | null,
  passphrase: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  lockoutFor: (providerId: ProfileView['providerId']) => AuthLockout | undefined,
): Promise<RunProfiles> {
  // The export's reader (its schemas, the passphrase's key derivation) is loaded only for a profile file.
  const imported: ImportedProfile[] = file
    ? await (await import('../vault/profile-transfer')).readExport(await readFile(file, 'utf8'), passphrase)
    : [];
  const now = new Date(0).toISOString();
  const views: ProfileView[] = [];
  const secrets = new Map<string, Record<string, string>>();
  imported.forEach(({ profile, secrets: sealed }, index) => {
    const id = `run-${index + 1}`;
    const values: Record<string, string> = { ...sealed };
    const definition = profile.providerId === 'http' ? null : providerDefinition(profile.providerId as ProviderId);
    const secretFields = new Set([
      ...profile.secretFields,
      ...(definition?.profileFields.filter((field) => field.secret).map((field) => field.key) ?? []),
    ]);
    for (const field of secretFields) {
      const fromEnv = env[secretEnvName(profile.providerId, field)];
      if (values[field] === undefined && fromEnv !== undefined && fromEnv !== '') values[field] = fromEnv;
    }
    secrets.set(id, values);
    views.push({
      id,
      providerId: profile.providerId,
      name: profile.name,
      baseUrl: profile.baseUrl,
      environment: profile.environment,
      fields: profile.fields,
      secrets: Object.fromEntries(Object.keys(values).map((key) => [key, { set: true, masked: '••••' }])),
      variables: profile.variables,
      notes: profile.notes,
      tlsVerify: profile.tlsVerify,
      order: index,
      createdAt: now,
      updatedAt: now,
    });
  });
  // Counted for this run only: a CI job starts from the server's state, which it cannot read.
  const failures = new Map<string, number>();
  const keyOf = (id: string) => {
    const view = views.find((candidate) => candidate.id === id);
    return view ? failureKey(view, lockoutFor(view.providerId)) : id;
  };
  const vault: PipelineVault = {
    get: (id) => views.find((view) => view.id === id),
    secretsFor: (id) => secrets.get(id) ?? {},
    authState(id) {
      const view = views.find((candidate) => candidate.id === id);
      const lockout = view ? lockoutFor(view.providerId) : undefined;
      const count = failures.get(keyOf(id)) ?? 0;
      const needsConfirmation = lockout !== undefined && count >= lockout.threshold;
      const origin = view ? bannedOrigin(view, lockout) : null;
      return {
        failures: count,
        needsConfirmation,
        warning: needsConfirmation
          ? `${count} failed logins in a row${origin === null ? '' : ` at ${origin}`}. ${lockout.risk}`
          : null,
      };
    },
    recordAuthResult: (id, failed) => failures.set(keyOf(id), failed ? (failures.get(keyOf(id)) ?? 0) + 1 : 0),
  };
  return {
    vault,
    resolve(sandbox, name) {
      const candidates = views.filter((view) => view.providerId === sandbox);
      if (name !== null) return candidates.find((view) => view.name === name)?.id ?? null;
      return candidates.length === 1 ? candidates[0]!.id : null;
    },
    secretValues: [...secrets.values()].flatMap((values) => Object.values(values)),
  };
}
