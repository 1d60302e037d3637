/**
 * The app's cipher: Electron safeStorage. The only vault file that imports electron, and only the shell
 * (electron/main.ts) imports it. It reports the backend honestly so the UI can ask before storing.
 *
 * The synchronous calls stay because the vault's cipher is synchronous; Electron 45 deprecates them
 * in favour of the async ones but keeps both reading the same ciphertext.
 */
import { safeStorage } from 'electron';
import type { SecretCipher, StorageBackend } from './cipher';

type SafeStorageLike = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
  setUsePlainTextEncryption?: (usePlainText: boolean) => void;
};

export function createSafeStorageCipher(
  storage: SafeStorageLike = safeStorage,
  platform: string = process.platform,
): SecretCipher {
  // Linux without gnome-keyring/kwallet: Chromium can only use a hard-coded key, and Electron reports
  // encryption as unavailable until setUsePlainTextEncryption(true). So the backend is read first.
  const isBasicText = () => platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text';
  const backend = (): StorageBackend => {
    if (isBasicText()) return 'basic_text';
    return storage.isEncryptionAvailable() ? 'os' : 'unavailable';
  };
  return {
    backend,
    allowBasicText() {
      if (isBasicText()) storage.setUsePlainTextEncryption?.(true);
    },
    encrypt(plain) {
      if (!storage.isEncryptionAvailable()) {
        throw new Error(
          backend() === 'basic_text'
            ? 'Storing secrets with basic protection needs your consent first.'
            : 'The system offers no encryption; secrets cannot be stored.',
        );
      }
      return storage.encryptString(plain).toString('base64');
    },
    decrypt(b64) {
      return storage.decryptString(Buffer.from(b64, 'base64'));
    },
  };
}
