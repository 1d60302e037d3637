/**
 * A Plain HTTP request written as cURL by Parley's own code generator, then imported, is the same request:
 * the same method, URL, headers and body bytes as Parley would send (checked on random requests).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgram, codeRequest } from '../../codegen/build';
import { renderCurl } from '../../codegen/targets/curl';
import type { BodySpec } from '../../http/types';
import { buildPlainRequest } from '../../request/build-plain';
import { isCredentialName } from '../../request/credentials';
import type { RequestDraft } from '../../request/draft';
import { importText } from '..';

const word = fc
  .stringMatching(/^[a-z][a-z0-9-]{0,10}$/)
  .filter((name) => !isCredentialName(name) && !name.includes('--'));
/** Printable text with quotes, backslashes, `$`, spaces and non-ASCII; no `{{` (a variable) and no line breaks. */
const value = fc
  .string({ unit: fc.constantFrom(...'aZ09 $\'"\\`!&;|*?#%=:@,./<>()[]{}~^é€'.split('')), maxLength: 24 })
  .filter((v) => !v.includes('{{') && v === v.trim());

const body: fc.Arbitrary<BodySpec> = fc.oneof(
  fc.constant<BodySpec>({ kind: 'none' }),
  fc.jsonValue().map((json): BodySpec => ({ kind: 'json', text: JSON.stringify(json) })),
  fc
    .record({ text: value, type: fc.constantFrom('text/plain', 'application/xml') })
    .map(({ text, type }): BodySpec => ({ kind: 'text', text, contentType: type })),
  fc
    .array(fc.record({ name: word, value }), { minLength: 1, maxLength: 4 })
    .map((fields): BodySpec => ({ kind: 'form', fields })),
  fc
    .array(
      fc.oneof(
        fc.record({ name: word, value }),
        fc.record({
          name: word,
          filePath: fc.constantFrom('/tmp/report.pdf', '/home/me/my "quoted" file.bin', 'C:\\Users\\me\\a;b.txt'),
          fileName: fc.option(fc.constantFrom('renamed.bin', 'x y.txt'), { nil: undefined }),
          contentType: fc.option(fc.constantFrom('image/png', 'application/pdf'), { nil: undefined }),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts): BodySpec => ({
      kind: 'multipart',
      parts: parts.map(
        (p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as (typeof parts)[number],
      ),
    })),
  fc.constantFrom<BodySpec>(
    { kind: 'file', path: '/tmp/upload.bin' },
    { kind: 'file', path: '/tmp/a.json', contentType: 'application/json' },
  ),
);

const draft: fc.Arbitrary<RequestDraft> = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
    host: fc.constantFrom('example.com', 'api.example.org:8443', '127.0.0.1:4100'),
    path: fc.array(word, { maxLength: 3 }),
    query: fc.array(fc.record({ name: word, value, enabled: fc.constant(true) }), { maxLength: 3 }),
    headers: fc.array(fc.record({ name: word.map((w) => `x-${w}`), value, enabled: fc.constant(true) }), {
      maxLength: 4,
    }),
    body,
  })
  .map(({ method, host, path, query, headers, body }) => ({
    sandbox: 'http',
    profileId: null,
    method: method === 'HEAD' && body.kind !== 'none' ? 'GET' : method,
    url: `https://${host}/${path.join('/')}`,
    query,
    headers,
    body,
    provider: null,
    transport: {},
  }));

/** What Parley sends for a draft, in the form code generation reads it. */
function sent(d: Omit<RequestDraft, 'profileId'>) {
  const built = buildPlainRequest({ ...d, profileId: null }, '');
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return codeRequest(built.request);
}

describe('Parley request → cURL → import', () => {
  it('gives the same request, for any request', () => {
    fc.assert(
      fc.property(draft, (original) => {
        const curl = renderCurl(
          buildProgram({
            request: (() => {
              const built = buildPlainRequest(original, '');
              if (!built.ok) throw new Error('unbuildable');
              return built.request;
            })(),
            insecure: false,
          }),
        );
        const result = importText(curl);
        if (!result.ok) throw new Error(`${result.error.message}\n${curl}`);
        expect(result.plan.requests).toHaveLength(1);
        const imported = result.plan.requests[0]!.draft;
        expect(imported.sandbox).toBe('http');
        expect(result.plan.secrets).toEqual([]);
        expect(sent(imported), curl).toEqual(sent(original));
      }),
      { numRuns: 300 },
    );
  });
});
