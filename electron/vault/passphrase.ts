/**
 * Passphrase encryption for exports: scrypt derives the key, AES-256-GCM seals the data. The GCM tag
 * is what tells a wrong passphrase from a right one; nothing about the secrets leaks from a failure.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';

// scrypt cost: N=2^15, r=8 needs 32 MB and ~100 ms here: slow for a guesser, fine for one export.
const SCRYPT = { N: 32768, r: 8, p: 1 } as const;
const SCRYPT_MAXMEM = 64 * 1024 * 1024;

export const sealedSchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int().min(1024).max(1_048_576),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().min(1),
  cipher: z.literal('aes-256-gcm'),
  iv: z.string().min(1),
  tag: z.string().min(1),
  data: z.string(),
});
export type Sealed = z.infer<typeof sealedSchema>;

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is wrong: the secrets in this file cannot be decrypted.');
    this.name = 'WrongPassphraseError';
  }
}

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: SCRYPT_MAXMEM });
}

export function sealWithPassphrase(plain: string, passphrase: string): Sealed {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, SCRYPT), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...SCRYPT,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** Throws WrongPassphraseError when the passphrase (or the data) does not match. */
export function openWithPassphrase(sealed: Sealed, passphrase: string): string {
  const key = deriveKey(passphrase, Buffer.from(sealed.salt, 'base64'), sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new WrongPassphraseError();
  }
}
