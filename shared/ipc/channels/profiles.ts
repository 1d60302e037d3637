import { z } from 'zod';
import { channel } from '../define';
import { profileIdSchema, profileInputSchema, profilePatchSchema, type ProfileView } from '../../profiles/schema';
import type { AuthState, ProfileExportResult, ProfileImportResult, VaultStatus } from '../../profiles/vault-types';
import { sandboxIds } from '../../providers/sandboxes';

export interface ConnectionTestResult {
  readonly ok: boolean;
  /** The provider's own words, or the transport error. */
  readonly message: string;
  readonly status: number | null;
}

const byId = z.object({ id: profileIdSchema }).strict();
const providerId = z.enum(sandboxIds);
const passphrase = z.string().min(8, 'A passphrase needs at least 8 characters').max(1024);

/** Credential profiles. No output of these channels ever holds a secret: only masks and has-secret flags. */
export const profilesChannels = {
  'profiles.list': channel<ProfileView[]>()(
    z.object({ providerId: providerId.optional() }).strict(),
    'Profiles (of one provider), in the user’s order.',
  ),
  'profiles.get': channel<ProfileView>()(byId, 'One profile.'),
  'profiles.create': channel<ProfileView>()(
    profileInputSchema,
    'Validate and save a new profile; secrets are encrypted in main.',
  ),
  'profiles.update': channel<ProfileView>()(
    z.object({ id: profileIdSchema, patch: profilePatchSchema }).strict(),
    'Change some fields of a profile; absent secrets are kept.',
  ),
  'profiles.duplicate': channel<ProfileView>()(byId, 'Copy a profile, secrets included, as "<name> (copy)".'),
  'profiles.delete': channel<{ id: string; name: string }>()(
    byId,
    'Delete a profile; it can be brought back with profiles.undoDelete until Parley closes.',
  ),
  'profiles.undoDelete': channel<ProfileView>()(byId, 'Bring back a profile deleted in this session.'),
  'profiles.reorder': channel<ProfileView[]>()(
    z.object({ providerId, ids: z.array(profileIdSchema).max(10_000) }).strict(),
    'Set the order of a provider’s profiles; returns them in the new order.',
  ),
  'profiles.lastUsed.get': channel<string | null>()(
    z.object({ providerId }).strict(),
    'The profile last used with a provider.',
  ),
  'profiles.lastUsed.set': channel<string | null>()(
    z.object({ providerId, profileId: profileIdSchema.nullable() }).strict(),
    'Remember the profile last used with a provider.',
  ),
  'profiles.export': channel<ProfileExportResult>()(
    z.object({ ids: z.array(profileIdSchema).min(1).max(10_000), passphrase: passphrase.optional() }).strict(),
    'Export profiles to a file the user picks in main’s save dialog: without secrets, or sealed by the passphrase (which only goes in). Returns the file name only.',
  ),
  'profiles.import': channel<ProfileImportResult>()(
    z
      .object({
        content: z.string().max(16 * 1024 * 1024),
        passphrase: z.string().max(1024).optional(),
        existing: z.enum(['skip', 'replace', 'keepBoth']).optional(),
      })
      .strict(),
    'Import a profile export; profiles already present are skipped, replaced or kept beside the new ones. A wrong passphrase, foreign or newer file changes nothing.',
  ),
  'profiles.authState': channel<AuthState>()(
    z.object({ profileId: profileIdSchema }).strict(),
    'Consecutive failed logins and whether the next send needs confirmation.',
  ),
  'vault.status': channel<VaultStatus>()(
    z.object({}).strict(),
    'How secrets are protected on this machine, and the user’s consent where that is weak.',
  ),
  'vault.consent': channel<VaultStatus>()(
    z.object({ given: z.boolean() }).strict(),
    'Allow (or withdraw) storing secrets without an OS key store.',
  ),
  'profiles.testConnection': channel<ConnectionTestResult>()(
    z.object({ profileId: z.string().min(1).max(64), confirmRisk: z.boolean().default(false) }).strict(),
    "Makes the provider's cheapest authenticated call with a profile.",
  ),
  'profiles.tokenState': channel<{ readonly expiresAt: string | null }>()(
    z.object({ profileId: z.string().min(1).max(64) }).strict(),
    "When the profile's cached access token expires (webCRM); never the token itself.",
  ),
} as const;
