/**
 * Passphrase encryption for exports: scrypt derives the key, AES-256-GCM seals the data. The GCM tag
 * is what tells a wrong passphrase from a right one; nothing about the secrets leaks from a failure.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

// scrypt cost: N=2^15, r=8 needs 32 MB and ~100 ms here: slow for a guesser, fine for one export.
// Parley only ever writes these; a file asking for others (a crafted N/r/p that costs seconds or
// gigabytes) is refused before any derivation, and derivation runs on libuv's pool, not main's thread.
export const SCRYPT = { N: 32768, r: 8, p: 1 } as const;
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

export class UnsupportedKdfError extends Error {
  constructor(params: { N: number; r: number; p: number }) {
    super(
      `The secrets in this file are sealed with scrypt N=${params.N}, r=${params.r}, p=${params.p}; Parley seals with N=${SCRYPT.N}, r=${SCRYPT.r}, p=${SCRYPT.p} and refuses other costs (a crafted file could freeze the app).`,
    );
    this.name = 'UnsupportedKdfError';
  }
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is wrong: the secrets in this file cannot be decrypted.');
    this.name = 'WrongPassphraseError';
  }
}

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  if (params.N !== SCRYPT.N || params.r !== SCRYPT.r || params.p !== SCRYPT.p)
    return Promise.reject(new UnsupportedKdfError(params));
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...SCRYPT, maxmem: SCRYPT_MAXMEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function sealWithPassphrase(plain: string, passphrase: string): Promise<Sealed> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, SCRYPT), iv);
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

/** Rejects with UnsupportedKdfError for foreign costs, WrongPassphraseError when the passphrase does not match. */
export async function openWithPassphrase(sealed: Sealed, passphrase: string): Promise<string> {
  const key = await deriveKey(passphrase, Buffer.from(sealed.salt, 'base64'), sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new WrongPassphraseError();
  }
}
