/**
 * Encrypting and decrypting a profile's secret fields, and the rule that decides whether storing a
 * secret is allowed at all: an OS key store, or the user's explicit consent — never a silent fallback.
 */
import { HandlerError } from '../../shared/ipc/errors';
import { maskSecret } from '../../shared/profiles/schema';
import type { StorageBackend, VaultStatus } from '../../shared/profiles/vault-types';
import type { SecretCipher } from './cipher';
import type { StoredProfile } from './stored';

type StoredSecrets = StoredProfile['secrets'];

export function vaultStatus(backend: StorageBackend, consentGiven: boolean): VaultStatus {
  return {
    backend,
    consentGiven,
    needsConsent: backend === 'unavailable' || (backend === 'basic_text' && !consentGiven),
  };
}

/** Throws the message the user needs when secrets cannot be stored right now. */
export function assertCanStoreSecrets(status: VaultStatus): void {
  if (status.backend === 'unavailable') {
    throw new HandlerError(
      'conflict',
      'This system offers no encryption for secrets, so Parley cannot store them. Nothing was saved.',
    );
  }
  if (status.needsConsent) {
    throw new HandlerError(
      'conflict',
      'Your system has no secure key store (Chromium would use its basic_text key). Allow storing secrets with basic protection first, in the banner of the profile manager. Nothing was saved.',
    );
  }
}

/** Applies write-only changes: a string sets a secret, null clears it, an absent key keeps it. */
export function applySecretChanges(
  cipher: SecretCipher,
  current: StoredSecrets,
  changes: Readonly<Record<string, string | null>>,
): StoredSecrets {
  const next: Record<string, StoredSecrets[string]> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') delete next[key];
    else next[key] = { cipher: cipher.encrypt(value), masked: maskSecret(value).masked };
  }
  return next;
}

export function hasSecretValues(changes: Readonly<Record<string, string | null>> | undefined): boolean {
  return Object.values(changes ?? {}).some((value) => typeof value === 'string' && value !== '');
}

export function decryptSecrets(cipher: SecretCipher, profile: StoredProfile): Record<string, string> {
  try {
    return Object.fromEntries(
      Object.entries(profile.secrets).map(([key, secret]) => [key, cipher.decrypt(secret.cipher)]),
    );
  } catch {
    throw new HandlerError(
      'conflict',
      `The secrets of "${profile.name}" cannot be decrypted (the system key store was reset or the file came from another machine). Enter them again in the profile manager.`,
    );
  }
}
