import { describe, expect, it, vi } from 'vitest';

// Importing the real module would try to download Electron's binary; this adapter is tested over a fake.
vi.mock('electron', () => ({ safeStorage: {} }));
const { createSafeStorageCipher } = await import('./safe-storage-cipher');

function fakeSafeStorage(available: boolean, backendName: string) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backendName,
    setUsePlainTextEncryption: vi.fn(),
    encryptString: (plain: string) => Buffer.from(`enc:${plain}`),
    decryptString: (bytes: Buffer) => bytes.toString('utf8').replace(/^enc:/, ''),
  };
}

describe('the safeStorage cipher', () => {
  it('reports Linux basic_text honestly so the UI asks before storing', () => {
    expect(createSafeStorageCipher(fakeSafeStorage(true, 'basic_text'), 'linux').backend()).toBe('basic_text');
    expect(createSafeStorageCipher(fakeSafeStorage(true, 'gnome_libsecret'), 'linux').backend()).toBe('os');
    expect(createSafeStorageCipher(fakeSafeStorage(true, 'unknown'), 'darwin').backend()).toBe('os');
  });

  it('reports basic_text although Electron says encryption is unavailable until plain-text encryption is allowed', () => {
    // Electron on basic_text: isEncryptionAvailable() is false until setUsePlainTextEncryption(true).
    let allowed = false;
    const storage = {
      ...fakeSafeStorage(false, 'basic_text'),
      isEncryptionAvailable: () => allowed,
      setUsePlainTextEncryption: vi.fn((on: boolean) => (allowed = on)),
    };
    const cipher = createSafeStorageCipher(storage, 'linux');
    expect(cipher.backend()).toBe('basic_text');
    expect(() => cipher.encrypt('secret')).toThrow(/consent/);
    cipher.allowBasicText?.();
    expect(storage.setUsePlainTextEncryption).toHaveBeenCalledWith(true);
    expect(cipher.decrypt(cipher.encrypt('secret'))).toBe('secret');
  });

  it('never turns on plain-text encryption where an OS key store exists', () => {
    const storage = fakeSafeStorage(true, 'gnome_libsecret');
    createSafeStorageCipher(storage, 'linux').allowBasicText?.();
    expect(storage.setUsePlainTextEncryption).not.toHaveBeenCalled();
  });

  it('refuses to encrypt when no encryption is available, instead of storing plain text', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage(false, 'unknown'), 'linux');
    expect(cipher.backend()).toBe('unavailable');
    expect(() => cipher.encrypt('secret')).toThrow(/no encryption/);
  });

  it('round-trips through base64', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage(true, 'keychain'), 'darwin');
    const sealed = cipher.encrypt('s3cret');
    expect(sealed).toBe(Buffer.from('enc:s3cret').toString('base64'));
    expect(cipher.decrypt(sealed)).toBe('s3cret');
  });
});
