/**
 * Masks secrets inside stored response bodies, byte for byte, so a body read later in slices (or saved)
 * holds no secret the server echoed. Works on bytes, not text: a binary body stays intact around the mask.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { encodedForms, REDACTED } from '../../shared/request/redact';

/** Bodies on disk past this size are left as they are: rewriting them would hold too much in memory. */
export const MAX_REDACTED_FILE_BYTES = 64 * 1024 * 1024;

const mask = Buffer.from(REDACTED, 'utf8');

/** The body with every encoded form of every secret replaced by the mask; the same buffer when none occurs. */
export function redactBytes(body: Buffer, sensitive: readonly string[]): Buffer {
  const needles = [...new Set(sensitive.flatMap((secret) => encodedForms(secret)))]
    .map((form) => Buffer.from(form, 'utf8'))
    .filter((needle) => needle.length > 0)
    .sort((a, b) => b.length - a.length);
  if (!needles.some((needle) => body.includes(needle))) return body;
  const parts: Buffer[] = [];
  let start = 0;
  let at = 0;
  while (at < body.length) {
    const hit = needles.find((needle) => body.subarray(at, at + needle.length).equals(needle));
    if (hit) {
      parts.push(body.subarray(start, at), mask);
      at += hit.length;
      start = at;
    } else at += 1;
  }
  parts.push(body.subarray(start));
  return Buffer.concat(parts);
}

/** Rewrites a body file with its secrets masked; false when it is too large to rewrite. */
export async function redactBodyFile(file: string, sensitive: readonly string[], size: number): Promise<boolean> {
  if (size > MAX_REDACTED_FILE_BYTES) return false;
  const bytes = await readFile(file);
  const redacted = redactBytes(bytes, sensitive);
  if (redacted !== bytes) await writeFile(file, redacted, { mode: 0o600 });
  return true;
}
