/**
 * The app's cipher: Electron safeStorage. The only vault file that imports electron, and only the shell
 * (electron/main.ts) imports it. It reports the backend honestly so the UI can ask before storing.
 */
import { safeStorage } from 'electron';
import type { SecretCipher, StorageBackend } from './cipher';

type SafeStorageLike = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

export function createSafeStorageCipher(
  storage: SafeStorageLike = safeStorage,
  platform: string = process.platform,
): SecretCipher {
  const backend = (): StorageBackend => {
    if (!storage.isEncryptionAvailable()) return 'unavailable';
    // Linux without gnome-keyring/kwallet: Chromium falls back to a hard-coded key. Not secure storage.
    if (platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text') return 'basic_text';
    return 'os';
  };
  return {
    backend,
    encrypt(plain) {
      if (backend() === 'unavailable') throw new Error('The system offers no encryption; secrets cannot be stored.');
      return storage.encryptString(plain).toString('base64');
    },
    decrypt(b64) {
      return storage.decryptString(Buffer.from(b64, 'base64'));
    },
  };
}
