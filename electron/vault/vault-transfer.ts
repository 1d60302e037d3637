/**
 * The vault's profile export and import: export decrypts the chosen profiles into a file (sealed with a
 * passphrase when there are secrets to carry); import checks every incoming profile by the same rules as one
 * typed in, then inserts or replaces them all, or changes nothing.
 */
import { HandlerError } from '../../shared/ipc/errors';
import { liftUrlSecret } from '../../shared/profiles/url-secret';
import type { ProfileValues } from '../../shared/profiles/validate';
import type { ProfileExportFile, ProfileImportResult, VaultStatus } from '../../shared/profiles/vault-types';
import type { SandboxId } from '../../shared/providers/sandboxes';
import type { ProfileFieldSpec } from '../../shared/providers/types';
import type { SecretCipher } from './cipher';
import { planImport, type ExistingProfiles } from './import-plan';
import { buildExport, readExport } from './profile-transfer';
import { applySecretChanges, assertCanStoreSecrets, decryptSecrets, hasSecretValues } from './secret-fields';
import type { StoredProfile, VaultDocument } from './stored';

export type ProfileBody = Omit<StoredProfile, 'id' | 'order' | 'createdAt' | 'updatedAt'>;

/** The vault's own operations the transfer builds on. */
export interface VaultTransferContext {
  readonly cipher: SecretCipher;
  readonly now: () => number;
  readonly fieldsFor: (providerId: SandboxId) => readonly ProfileFieldSpec[];
  readonly read: () => VaultDocument;
  readonly save: (next: VaultDocument) => void;
  readonly mustFind: (id: string) => StoredProfile;
  readonly status: () => VaultStatus;
  /** Throws a 'conflict' HandlerError naming every rule the values break. */
  readonly check: (providerId: SandboxId, values: ProfileValues, stored: ReadonlySet<string>) => void;
  readonly insert: (doc: VaultDocument, bodies: readonly ProfileBody[]) => { doc: VaultDocument };
  readonly timestamp: () => string;
  /** A profile's credentials changed: cached tokens for it must be dropped. */
  readonly changed: (profileId: string) => void;
}

export interface VaultTransfer {
  exportProfiles(ids: readonly string[], passphrase?: string): Promise<ProfileExportFile>;
  importProfiles(content: string, passphrase?: string, existing?: ExistingProfiles): Promise<ProfileImportResult>;
}

export function createVaultTransfer(ctx: VaultTransferContext): VaultTransfer {
  const { cipher, fieldsFor, check } = ctx;
  return {
    async exportProfiles(ids, passphrase) {
      const chosen = ids.map(ctx.mustFind);
      return buildExport(chosen, (profile) => decryptSecrets(cipher, profile), passphrase, ctx.now());
    },

    async importProfiles(content, passphrase, existing = 'skip') {
      // A key written in the base URL where the provider documents it there (APSIS) becomes the secret, as on create.
      const incoming = (await readExport(content, passphrase)).map(({ profile, secrets }) => {
        const lifted = liftUrlSecret({ baseUrl: profile.baseUrl, secrets }, fieldsFor(profile.providerId));
        return {
          profile: { ...profile, baseUrl: lifted.baseUrl ?? profile.baseUrl },
          secrets: lifted.secrets ?? secrets,
        };
      });
      const doc = ctx.read();
      const plan = planImport(doc.profiles, incoming, existing);
      // The same rules as a profile typed in: no secret as a plain field, no credentials in the base URL.
      for (const { profile, secrets } of [...plan.insert, ...plan.replace]) {
        const secretKeys = fieldsFor(profile.providerId)
          .filter((spec) => spec.secret)
          .map((spec) => spec.key);
        const notGiven = new Set(secretKeys.filter((key) => !secrets[key]));
        try {
          check(profile.providerId, { ...profile, secrets }, notGiven);
        } catch (error) {
          const reason = error instanceof Error ? error.message.replace('The profile was not saved. ', '') : '';
          throw new HandlerError('conflict', `"${profile.name}" cannot be imported: ${reason} Nothing was imported.`);
        }
      }
      if ([...plan.insert, ...plan.replace].some(({ secrets }) => hasSecretValues(secrets)))
        assertCanStoreSecrets(ctx.status());
      const { doc: inserted } = ctx.insert(
        doc,
        plan.insert.map(({ profile: { secretFields: _names, ...profile }, secrets }) => ({
          ...profile,
          secrets: applySecretChanges(cipher, {}, secrets),
        })),
      );
      const replacing = new Map(plan.replace.map((item) => [item.replaces, item]));
      const next = {
        ...inserted,
        profiles: inserted.profiles.map((stored) => {
          const item = replacing.get(stored.id);
          if (!item) return stored;
          const { secretFields: _names, ...profile } = item.profile;
          return {
            ...stored,
            ...profile,
            secrets: applySecretChanges(cipher, {}, item.secrets),
            updatedAt: ctx.timestamp(),
          };
        }),
      };
      if (plan.insert.length + plan.replace.length > 0) ctx.save(next);
      for (const id of replacing.keys()) ctx.changed(id);
      return { imported: plan.insert.length + plan.replace.length, skipped: plan.skipped };
    },
  };
}
