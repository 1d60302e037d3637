/**
 * Provider credentials found in an import (an APSIS key in `-u key:`, APWT's headers, webCRM's token)
 * belong in a profile of that provider, never in a file: a new profile where the requests went, or one
 * the user picks. Main stores them through the vault; the window only ever sees profile and field names.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { ExistingProfile, ProfileOffer } from '../../shared/ipc/channels/import';
import type { ProfileToStore } from '../../shared/import/summary';
import type { ImportPlan, ImportRequest, ProviderProfileFound } from '../../shared/import/types';
import type { ProfileInput, ProfilePatch } from '../../shared/profiles/schema';
import type { SandboxId } from '../../shared/providers/sandboxes';
import { providerDefinition } from '../../shared/providers/registry';

/** The part of the vault an import uses. */
export interface ImportProfiles {
  list(providerId: SandboxId): readonly { readonly id: string; readonly name: string; readonly baseUrl: string }[];
  create(input: ProfileInput): ExistingProfile;
  update(id: string, patch: ProfilePatch): ExistingProfile;
}

export type ProfileTarget = 'new' | 'none' | { readonly id: string };

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

/** The provider's profiles, those already pointing where the requests went first. */
export function existingFor(profiles: ImportProfiles, found: Pick<ProfileToStore, 'provider' | 'baseUrl'>) {
  const all = profiles.list(found.provider as SandboxId);
  const here = (p: { baseUrl: string }) => originOf(p.baseUrl) === originOf(found.baseUrl);
  return [...all.filter(here), ...all.filter((p) => !here(p))].map(({ id, name }) => ({ id, name }));
}

export function profileOffers(summaries: readonly ProfileToStore[], profiles: ImportProfiles): ProfileOffer[] {
  return summaries
    .filter((found) => found.secretFields.length > 0)
    .map((found) => ({ ...found, existing: existingFor(profiles, found) }));
}

function freeName(profiles: ImportProfiles, found: ProviderProfileFound): string {
  let host: string;
  try {
    host = new URL(found.baseUrl).host;
  } catch {
    host = 'imported';
  }
  const taken = new Set(profiles.list(found.provider).map((p) => p.name.toLowerCase()));
  let name = host;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${host} ${n}`;
  return name;
}

/** Puts the credentials found into the chosen profile; null when the user chose none. */
export function storeProfile(
  plan: ImportPlan,
  found: ProviderProfileFound,
  target: ProfileTarget,
  profiles: ImportProfiles,
): ExistingProfile | null {
  if (target === 'none') return null;
  const secrets = Object.fromEntries(
    Object.entries(found.secrets).flatMap(([field, variable]) => {
      const secret = plan.secrets.find((s) => s.variable === variable);
      return secret ? [[field, secret.value]] : [];
    }),
  );
  const named = ({ id, name }: ExistingProfile): ExistingProfile => ({ id, name });
  if (target === 'new')
    return named(
      profiles.create({
        providerId: found.provider,
        name: freeName(profiles, found),
        baseUrl: found.baseUrl,
        environment: 'live',
        fields: found.fields,
        secrets,
        variables: [],
        notes: `Created from the credentials of an imported ${plan.format === 'curl' ? 'cURL command' : 'file'} (${found.requests.join(', ')}).`,
      }),
    );
  if (!profiles.list(found.provider).some((p) => p.id === target.id))
    throw new HandlerError('not-found', `That ${providerDefinition(found.provider).name} profile no longer exists.`);
  return named(profiles.update(target.id, { secrets }));
}

/** The profile each request of the plan now uses, by request. */
export function profilesByRequest(
  plan: ImportPlan,
  stored: readonly (ExistingProfile | null)[],
): (request: ImportRequest) => ExistingProfile | null {
  return (request) => {
    const at = (plan.profiles ?? []).findIndex(
      (found) => found.provider === request.draft.sandbox && found.requests.includes(request.name),
    );
    return at < 0 ? null : (stored[at] ?? null);
  };
}
