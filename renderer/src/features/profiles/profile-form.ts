/**
 * The profile editor's state, and how it becomes what main accepts. Secrets hold only what the user
 * is changing now: a typed value replaces, null clears, absent keeps — the stored value never comes back.
 */
import type {
  ProfileEnvironment,
  ProfileInput,
  ProfilePatch,
  ProfileVariable,
  ProfileView,
} from '../../../../shared/profiles/schema';
import type { SandboxId } from '../../../../shared/providers/sandboxes';
import type { ProfileFieldSpec } from '../../../../shared/providers/types';

export interface ProfileForm {
  readonly name: string;
  readonly baseUrl: string;
  readonly environment: ProfileEnvironment;
  readonly fields: Readonly<Record<string, string>>;
  readonly secretChanges: Readonly<Record<string, string | null>>;
  readonly variables: readonly ProfileVariable[];
  readonly notes: string;
  readonly tlsVerify: boolean;
}

export function formFromProfile(profile: ProfileView): ProfileForm {
  return {
    name: profile.name,
    baseUrl: profile.baseUrl,
    environment: profile.environment,
    fields: { ...profile.fields },
    secretChanges: {},
    variables: profile.variables.map((variable) => ({ ...variable })),
    notes: profile.notes,
    tlsVerify: profile.tlsVerify,
  };
}

export function emptyForm(specs: readonly ProfileFieldSpec[], baseUrl: string): ProfileForm {
  const fields: Record<string, string> = {};
  for (const spec of specs) if (!spec.secret) fields[spec.key] = spec.defaultValue ?? '';
  return {
    name: '',
    baseUrl,
    environment: 'test',
    fields,
    secretChanges: {},
    variables: [],
    notes: '',
    tlsVerify: true,
  };
}

/** Empty non-required fields are dropped so a provider's "unset" stays unset. */
function cleanFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
}

export function toCreateInput(providerId: SandboxId, form: ProfileForm): ProfileInput {
  return {
    providerId,
    name: form.name,
    baseUrl: form.baseUrl,
    environment: form.environment,
    fields: cleanFields(form.fields),
    secrets: Object.fromEntries(
      Object.entries(form.secretChanges).filter(([, value]) => value !== null && value !== ''),
    ),
    variables: [...form.variables],
    notes: form.notes,
    tlsVerify: form.tlsVerify,
  };
}

export function toPatch(form: ProfileForm): ProfilePatch {
  const secrets = Object.fromEntries(Object.entries(form.secretChanges).filter(([, value]) => value !== ''));
  return {
    name: form.name,
    baseUrl: form.baseUrl,
    environment: form.environment,
    fields: cleanFields(form.fields),
    ...(Object.keys(secrets).length > 0 ? { secrets } : {}),
    variables: [...form.variables],
    notes: form.notes,
    tlsVerify: form.tlsVerify,
  };
}

export const environmentLabels: Record<ProfileEnvironment, string> = { live: 'Live', test: 'Test', demo: 'Demo' };
