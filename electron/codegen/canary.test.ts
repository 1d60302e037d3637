/**
 * Canary: a snippet with placeholders holds no secret and nothing derived from one (its MD5, the Basic
 * base64, the form- or URL-encoded value), in any target, for any provider.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeTargetIds } from '../../shared/codegen/program';
import { renderCode } from '../../shared/codegen/render';
import { demoPrograms } from './testing/demo-programs';

const derived = (secret: string) => [
  secret,
  createHash('md5').update(secret).digest('hex'),
  Buffer.from(`${secret}:`).toString('base64'),
  Buffer.from(secret).toString('base64'),
  encodeURIComponent(secret),
  new URLSearchParams([['', secret]]).toString().slice(1),
];

describe('snippets with placeholders', async () => {
  const programs = await demoPrograms('/tmp/upload.bin');
  it.each(programs)('$name: no target writes a secret or a value derived from one', ({ program, values }) => {
    expect(Object.keys(values).length).toBeGreaterThan(0);
    for (const target of codeTargetIds) {
      const code = renderCode(program, target);
      for (const [name, secret] of Object.entries(values)) {
        for (const leak of derived(secret)) expect(code, `${target} leaks ${name}`).not.toContain(leak);
      }
      // Each variable the request needs is named above the code and used in it.
      for (const { name } of program.env) expect(code.split(name).length, `${target} names ${name}`).toBeGreaterThan(2);
    }
  });
});
