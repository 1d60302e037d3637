/**
 * The vault's only view of encryption. Electron's safeStorage sits behind it in the app; tests and the
 * e2e harness inject an AES-GCM cipher with a key they control, so a "restart" can reuse it.
 */

/**
 * - `os`: the OS key store protects the key (Keychain, DPAPI, libsecret/kwallet).
 * - `basic_text`: Linux without a key store: Chromium encrypts with a hard-coded key. Storing needs consent.
 * - `unavailable`: nothing can be encrypted; secrets cannot be stored.
 */
export type StorageBackend = 'os' | 'basic_text' | 'unavailable';

export interface SecretCipher {
  backend(): StorageBackend;
  /** Returns base64 ciphertext. Throws when the backend is unavailable. */
  encrypt(plain: string): string;
  /** Throws when the ciphertext was made with another key or was tampered with. */
  decrypt(b64: string): string;
}

/** True when storing a secret with this backend needs the user's explicit consent first. */
export function backendNeedsConsent(backend: StorageBackend): boolean {
  return backend !== 'os';
}
