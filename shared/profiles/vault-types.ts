/** What the renderer learns about the vault itself: how secrets are protected, and per-profile login state. */

/**
 * - `os`: the OS key store protects the key (Keychain, DPAPI, libsecret/kwallet).
 * - `basic_text`: Linux without a key store: Chromium encrypts with a hard-coded key. Storing needs consent.
 * - `unavailable`: nothing can be encrypted; secrets cannot be stored.
 */
export type StorageBackend = 'os' | 'basic_text' | 'unavailable';

export interface VaultStatus {
  readonly backend: StorageBackend;
  /** The user agreed to store secrets although the backend is not an OS key store. */
  readonly consentGiven: boolean;
  /** True when storing a secret now would be refused: ask first (basic_text) or impossible (unavailable). */
  readonly needsConsent: boolean;
}

export interface AuthState {
  /**
   * Consecutive failed logins counted for this profile, persisted across restarts: shared by every profile
   * on the same API origin where the server bans the client IP.
   */
  readonly failures: number;
  /** The provider's lockout threshold was reached: the next send must be confirmed by the user. */
  readonly needsConfirmation: boolean;
  /** The risk in words, for the confirmation; null when no confirmation is needed. */
  readonly warning: string | null;
}

/** An export file as main builds it; it never crosses IPC (main writes it where the user chose). */
export interface ProfileExportFile {
  readonly fileName: string;
  readonly content: string;
}

/** What the renderer learns of an export: the name of the file main wrote, or null when the user cancelled. */
export interface ProfileExportResult {
  readonly fileName: string | null;
}

export interface ProfileImportResult {
  readonly imported: number;
  /** Profiles already present (same provider, name and base URL): not imported twice. */
  readonly skipped: number;
}
