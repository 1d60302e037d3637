/**
 * The vault's only view of encryption. Electron's safeStorage sits behind it in the app; tests and the
 * e2e harness inject an AES-GCM cipher with a key they control, so a "restart" can reuse it.
 */

import type { StorageBackend } from '../../shared/profiles/vault-types';

export type { StorageBackend };

export interface SecretCipher {
  backend(): StorageBackend;
  /**
   * The user agreed to weak protection: on Linux's `basic_text` backend Electron encrypts only after
   * this (Chromium's hard-coded key). A no-op where the backend is an OS key store.
   */
  allowBasicText?(): void;
  /** Returns base64 ciphertext. Throws when the backend is unavailable. */
  encrypt(plain: string): string;
  /** Throws when the ciphertext was made with another key or was tampered with. */
  decrypt(b64: string): string;
}
