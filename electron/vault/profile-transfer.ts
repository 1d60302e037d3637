/**
 * The profile export file: metadata in clear, secrets only when the user gives a passphrase, and then
 * sealed with it. Reading one refuses foreign, newer, damaged or wrongly unlocked files with a message
 * that says which — before anything is changed.
 */
import { z } from 'zod';
import { HandlerError } from '../../shared/ipc/errors';
import { environmentSchema, variableSchema } from '../../shared/profiles/schema';
import type { ProfileExportFile } from '../../shared/profiles/vault-types';
import { sandboxIds } from '../../shared/providers/sandboxes';
import {
  openWithPassphrase,
  sealWithPassphrase,
  sealedSchema,
  UnsupportedKdfError,
  WrongPassphraseError,
} from './passphrase';
import type { StoredProfile } from './stored';

export const EXPORT_FORMAT = 'parley-profiles';
export const EXPORT_VERSION = 1;

const exportedProfileSchema = z.object({
  providerId: z.enum(sandboxIds),
  name: z.string().trim().min(1).max(120),
  baseUrl: z.string().max(2048),
  environment: environmentSchema,
  fields: z.record(z.string().max(64), z.string().max(4096)),
  variables: z.array(variableSchema).max(500),
  notes: z.string().max(64 * 1024),
  tlsVerify: z.boolean(),
  /** Names of the secrets the profile had; their values travel only in `secrets`, sealed. */
  secretFields: z.array(z.string().max(64)),
});
export type ExportedProfile = z.infer<typeof exportedProfileSchema>;

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  profiles: z.array(exportedProfileSchema).max(10_000),
  /** Sealed JSON: one `{ field: value }` object per profile, in the order of `profiles`. */
  secrets: sealedSchema.optional(),
});

const sealedSecretsSchema = z.array(z.record(z.string(), z.string()));

export interface ImportedProfile {
  readonly profile: ExportedProfile;
  readonly secrets: Readonly<Record<string, string>>;
}

export async function buildExport(
  profiles: readonly StoredProfile[],
  decrypt: (profile: StoredProfile) => Record<string, string>,
  passphrase: string | undefined,
  now: number,
): Promise<ProfileExportFile> {
  const exported: ExportedProfile[] = profiles.map((profile) => ({
    providerId: profile.providerId,
    name: profile.name,
    baseUrl: profile.baseUrl,
    environment: profile.environment,
    fields: profile.fields,
    variables: profile.variables,
    notes: profile.notes,
    tlsVerify: profile.tlsVerify,
    secretFields: Object.keys(profile.secrets),
  }));
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    profiles: exported,
    ...(passphrase === undefined
      ? {}
      : { secrets: await sealWithPassphrase(JSON.stringify(profiles.map(decrypt)), passphrase) }),
  };
  const day = file.exportedAt.slice(0, 10);
  return {
    fileName: `parley-profiles-${day}${passphrase === undefined ? '' : '-with-secrets'}.json`,
    content: `${JSON.stringify(file, null, 2)}\n`,
  };
}

const refuse = (message: string): never => {
  throw new HandlerError('conflict', `${message} Nothing was imported.`);
};

export async function readExport(content: string, passphrase: string | undefined): Promise<ImportedProfile[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return refuse('This file is not JSON, so it is not a Parley profile export.');
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!header.success || header.data.format !== EXPORT_FORMAT) {
    return refuse('This file is not a Parley profile export (it has no "format": "parley-profiles").');
  }
  if (header.data.version > EXPORT_VERSION) {
    return refuse(
      `This export was made by a newer Parley (format ${header.data.version}; this version reads format ${EXPORT_VERSION}). Update Parley to import it.`,
    );
  }
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      `This Parley export is damaged: ${issue?.message ?? 'unknown issue'} at ${issue?.path.join('.') ?? '?'}.`,
    );
  }
  const { profiles, secrets } = parsed.data;
  if (!secrets) return profiles.map((profile) => ({ profile, secrets: {} }));
  if (passphrase === undefined || passphrase === '') {
    return refuse('This export holds secrets sealed with a passphrase: enter the passphrase it was exported with.');
  }
  let opened: string;
  try {
    opened = await openWithPassphrase(secrets, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError || error instanceof UnsupportedKdfError) return refuse(error.message);
    throw error;
  }
  const values = sealedSecretsSchema.safeParse(JSON.parse(opened));
  if (!values.success || values.data.length !== profiles.length)
    return refuse('The sealed secrets do not match the profiles of this export.');
  return profiles.map((profile, index) => ({ profile, secrets: values.data[index] ?? {} }));
}
