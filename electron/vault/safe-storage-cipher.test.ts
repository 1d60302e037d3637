import { describe, expect, it, vi } from 'vitest';

// Importing the real module would try to download Electron's binary; this adapter is tested over a fake.
vi.mock('electron', () => ({ safeStorage: {} }));
const { createSafeStorageCipher } = await import('./safe-storage-cipher');

function fakeSafeStorage(available: boolean, backendName: string) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backendName,
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
