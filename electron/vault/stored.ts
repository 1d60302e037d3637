/**
 * The vault's document on disk (profiles.json). Secrets are stored per field as ciphertext plus the
 * mask the renderer may see, so listing profiles never needs the key.
 */
import { z } from 'zod';
import { environmentSchema, profileIdSchema, variableSchema, type ProfileView } from '../../shared/profiles/schema';
import { sandboxIds } from '../../shared/providers/sandboxes';

export const storedSecretSchema = z.object({
  /** base64 from SecretCipher.encrypt. */
  cipher: z.string().min(1),
  masked: z.string(),
});

export const storedProfileSchema = z.object({
  id: profileIdSchema,
  providerId: z.enum(sandboxIds),
  name: z.string().min(1),
  baseUrl: z.string(),
  environment: environmentSchema,
  fields: z.record(z.string(), z.string()),
  secrets: z.record(z.string(), storedSecretSchema),
  variables: z.array(variableSchema),
  notes: z.string(),
  tlsVerify: z.boolean(),
  order: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredProfile = z.infer<typeof storedProfileSchema>;

export const vaultDocumentSchema = z.object({
  profiles: z.array(storedProfileSchema),
  /** providerId → profile id. */
  lastUsed: z.record(z.string(), z.string()),
  /**
   * Consecutive failed logins by where the server counts them (login-failures.ts): a profile id, or
   * `origin <scheme://host>` for IP-wide lockouts. Older documents hold a bare count per profile id.
   */
  authFailures: z.record(
    z.string(),
    z.union([z.number().int().min(0), z.object({ count: z.number().int().min(0), profileIds: z.array(z.string()) })]),
  ),
  /** Providers whose Demo profile was created once: never created again, even after the user deletes it. */
  demosCreated: z.array(z.string()),
  /** providerId → the Demo profile created without its secrets (no encryption then): they come later. */
  demosAwaitingSecrets: z.record(z.string(), z.string()).default({}),
  /** The user's answer to "store secrets without an OS key store?". */
  insecureStorageConsent: z.object({ given: z.boolean(), at: z.string() }).nullable(),
});
export type VaultDocument = z.infer<typeof vaultDocumentSchema>;

export const emptyVaultDocument: VaultDocument = {
  profiles: [],
  lastUsed: {},
  authFailures: {},
  demosCreated: [],
  demosAwaitingSecrets: {},
  insecureStorageConsent: null,
};

export const VAULT_DOCUMENT = { name: 'profiles', label: 'your profiles', version: 1 } as const;

/** What the renderer may see of a stored profile: the masks, never the ciphertext. */
export function toView(profile: StoredProfile): ProfileView {
  const { secrets, ...rest } = profile;
  return {
    ...rest,
    secrets: Object.fromEntries(
      Object.entries(secrets).map(([key, secret]) => [key, { set: true, masked: secret.masked }]),
    ),
  };
}
