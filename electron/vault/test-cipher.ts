/**
 * AES-256-GCM with a key held in memory: the cipher of unit tests and the e2e harness. Pass the key of
 * a previous instance to simulate a restart; pick a backend to simulate a Linux machine without a key store
 * (like Electron, `basic_text` encrypts only after allowBasicText).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretCipher, StorageBackend } from './cipher';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface TestCipher extends SecretCipher {
  readonly key: Buffer;
}

export function createTestCipher(options: { key?: Buffer; backend?: StorageBackend } = {}): TestCipher {
  const key = options.key ?? randomBytes(32);
  if (key.length !== 32) throw new Error('The test cipher needs a 32-byte key.');
  const backend = options.backend ?? 'os';
  let basicTextAllowed = false;
  return {
    key,
    backend: () => backend,
    allowBasicText: () => (basicTextAllowed = true),
    encrypt(plain) {
      if (backend === 'unavailable' || (backend === 'basic_text' && !basicTextAllowed))
        throw new Error('Encryption is not available.');
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
    },
    decrypt(b64) {
      const bytes = Buffer.from(b64, 'base64');
      if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('The ciphertext is too short.');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}

/** One key per data folder for the life of this store: the e2e harness's "restart" keeps its secrets. */
export interface TestKeyStore {
  keyFor(dataDir: string): Buffer;
  /** Forgets (and wipes) every key. */
  dispose(): void;
}

export function createTestKeyStore(): TestKeyStore {
  const keysByFolder = new Map<string, Buffer>();
  return {
    keyFor(dataDir) {
      let key = keysByFolder.get(dataDir);
      if (!key) {
        key = randomBytes(32);
        keysByFolder.set(dataDir, key);
      }
      return key;
    },
    dispose() {
      for (const key of keysByFolder.values()) key.fill(0);
      keysByFolder.clear();
    },
  };
}
