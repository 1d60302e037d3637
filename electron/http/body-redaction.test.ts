/**
 * The streaming masker gives exactly what masking the whole body at once gives, however the body is cut
 * into chunks — a secret split across chunk boundaries included — and the file rewrite masks any size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodedForms, REDACTED } from '../../shared/request/redact';
import { redactBodyFile, redactBytes, StreamMasker } from './body-redaction';

/** The plain definition: at each position the longest form that starts there is masked, left to right. */
function maskWhole(body: Buffer, sensitive: readonly string[]): Buffer {
  const needles = [...new Set(sensitive.flatMap((secret) => encodedForms(secret)))]
    .map((form) => Buffer.from(form, 'utf8'))
    .sort((a, b) => b.length - a.length);
  const parts: Buffer[] = [];
  let start = 0;
  let at = 0;
  while (at < body.length) {
    const hit = needles.find((needle) => body.subarray(at, at + needle.length).equals(needle));
    if (hit) {
      parts.push(body.subarray(start, at), Buffer.from(REDACTED, 'utf8'));
      at += hit.length;
      start = at;
    } else at += 1;
  }
  parts.push(body.subarray(start));
  return Buffer.concat(parts);
}

function maskInChunks(body: Buffer, sensitive: readonly string[], cuts: readonly number[]): Buffer {
  const masker = new StreamMasker(sensitive);
  const out: Buffer[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (body.length + 1)))].sort((a, b) => a - b)) {
    out.push(masker.push(body.subarray(from, cut)));
    from = cut;
  }
  out.push(masker.push(body.subarray(from)), masker.end());
  return Buffer.concat(out);
}

const secret = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
/** A body made of filler, the secrets' encoded forms and their pieces, so near-misses and overlaps occur. */
const bodyAround = (secrets: readonly string[]) => {
  const forms = secrets.flatMap((s) => encodedForms(s));
  const pieces = forms.flatMap((form) => [form, form.slice(0, Math.ceil(form.length / 2)), form.slice(1)]);
  return fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
    .map((parts) => Buffer.from(parts.join(''), 'utf8'));
};

describe('the streaming masker', () => {
  it('masks exactly as the whole body would be masked, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(
        fc
          .array(secret, { minLength: 1, maxLength: 3 })
          .chain((secrets) =>
            fc.tuple(fc.constant(secrets), bodyAround(secrets), fc.array(fc.nat(4000), { maxLength: 30 })),
          ),
        ([secrets, body, cuts]) => {
          const expected = maskWhole(body, secrets);
          expect(maskInChunks(body, secrets, cuts).equals(expected)).toBe(true);
          expect(redactBytes(body, secrets).equals(expected)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds a key cut byte by byte across chunks, in every encoded form', () => {
    const key = 'k3y/with space+&=é';
    const forms = encodedForms(key);
    const body = Buffer.from(`start ${forms.join(' | ')} end`, 'utf8');
    const masked = maskInChunks(
      body,
      [key],
      Array.from({ length: body.length }, (_, index) => index),
    ).toString('utf8');
    for (const form of forms) expect(masked).not.toContain(form);
    expect(masked).toBe(`start ${forms.map(() => REDACTED).join(' | ')} end`);
  });

  it('passes bytes through untouched when there is nothing to mask', () => {
    const body = Buffer.from([0, 1, 2, 255, 254]);
    const masker = new StreamMasker([]);
    expect(Buffer.concat([masker.push(body), masker.end()]).equals(body)).toBe(true);
    expect(redactBytes(body, ['absent'])).toBe(body);
  });
});

describe('rewriting a stored body file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-body-redaction-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('masks a file larger than any buffer it reads, leaves no temporary file and keeps it private', async () => {
    const key = 'TOKEN-9f8e7d';
    const file = path.join(dir, 'response.body');
    // 3 MB: the read stream's 64 KB chunks cut the token at many places.
    const unit = Buffer.from(`${'x'.repeat(65_530)}${key}`, 'utf8');
    fs.writeFileSync(file, Buffer.concat(Array.from({ length: 48 }, () => unit)));
    await redactBodyFile(file, [key]);
    const masked = fs.readFileSync(file);
    expect(masked.includes(Buffer.from(key))).toBe(false);
    expect(masked.toString('utf8').split(REDACTED)).toHaveLength(49);
    expect(fs.readdirSync(dir)).toEqual(['response.body']);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
