/** A collection exported as Postman v2.1 and imported again is the same collection (random collections). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodySpec } from '../http/types';
import { importText } from '../import';
import type { ImportRequest, StoredDraft } from '../import/types';
import { isCredentialName } from '../request/credentials';
import type { PlainAuth } from '../request/plain-auth';
import { exportPostman } from './postman';

const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/).filter((w) => !isCredentialName(w));
const value = fc.string({ maxLength: 16 }).filter((v) => v === v.trim() && !v.includes('{{'));
const reference = word.map((w) => `{{${w}}}`);

const body: fc.Arbitrary<BodySpec> = fc.oneof(
  fc.constant<BodySpec>({ kind: 'none' }),
  fc.jsonValue().map((j): BodySpec => ({ kind: 'json', text: JSON.stringify(j) })),
  fc
    .record({ text: value.filter((v) => v !== ''), contentType: fc.constantFrom('text/plain', 'application/xml') })
    .map((b): BodySpec => ({ kind: 'text', ...b })),
  value.filter((v) => v !== '').map((text): BodySpec => ({ kind: 'text', text })),
  fc.array(fc.record({ name: word, value }), { maxLength: 3 }).map((fields): BodySpec => ({ kind: 'form', fields })),
  fc
    .array(
      fc.oneof(
        fc.record({ name: word, value }),
        fc.record({ name: word, filePath: fc.constantFrom('/tmp/a.png', 'C:\\b.pdf') }),
      ),
      {
        maxLength: 3,
      },
    )
    .map((parts): BodySpec => ({ kind: 'multipart', parts })),
  fc.constantFrom<BodySpec>(
    { kind: 'file', path: '/tmp/x.bin' },
    { kind: 'file', path: '/tmp/y.xml', contentType: 'application/xml' },
  ),
);

const auth: fc.Arbitrary<PlainAuth | undefined> = fc.oneof(
  fc.constant(undefined),
  reference.map((token): PlainAuth => ({ kind: 'bearer', token })),
  fc.record({ username: word, password: reference }).map((a): PlainAuth => ({ kind: 'basic', ...a })),
  fc
    .record({
      name: fc.constantFrom('X-Key', 'key'),
      value: reference,
      in: fc.constantFrom('header' as const, 'query' as const),
    })
    .map((a): PlainAuth => ({ kind: 'apiKey', ...a })),
  fc
    .record({
      grant: fc.constantFrom('client_credentials' as const, 'password' as const),
      tokenUrl: fc.constant('https://auth.example.com/token'),
      clientId: word,
      clientSecret: reference,
      username: fc.constant(''),
      password: fc.constant(''),
      scope: fc.constantFrom('', 'read write'),
      clientAuth: fc.constantFrom('basic' as const, 'body' as const),
    })
    .map((a): PlainAuth => ({ kind: 'oauth2', ...a })),
);

const draft: fc.Arbitrary<StoredDraft> = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
    url: fc.constantFrom('https://api.example.com/items', '{{baseUrl}}/orders/7', 'http://127.0.0.1:4100/x'),
    query: fc.array(fc.record({ name: word, value, enabled: fc.boolean() }), { maxLength: 3 }),
    headers: fc.array(fc.record({ name: word.map((w) => `x-${w}`), value, enabled: fc.boolean() }), { maxLength: 3 }),
    body,
    auth,
  })
  .map(({ auth, ...d }) => ({
    sandbox: 'http' as const,
    provider: null,
    transport: {},
    ...d,
    ...(auth ? { auth } : {}),
  }));

const collection = fc
  .record({
    title: fc.constantFrom('Shop', 'Ä collection'),
    folders: fc.uniqueArray(fc.constantFrom('Orders', 'Orders/Refunds', 'Customers', 'Z'), { maxLength: 4 }),
    requests: fc.array(
      fc.record(
        {
          folder: fc.constantFrom('', 'Orders', 'Customers'),
          name: word,
          draft,
          description: fc.constantFrom('Lists the orders.', 'Line one\n\n**Markdown** with `code`', 'Ä ü'),
        },
        { requiredKeys: ['folder', 'name', 'draft'] },
      ),
      { maxLength: 6 },
    ),
    variables: fc.uniqueArray(
      fc.record({ name: word, value, secret: fc.boolean() }).map((v) => (v.secret ? { ...v, value: '' } : v)),
      { selector: (v) => v.name, maxLength: 3 },
    ),
  })
  .map(({ title, folders, requests, variables }) => {
    const paths = new Set(['', ...folders, ...requests.map((r) => r.folder)]);
    if (paths.has('Orders/Refunds')) paths.add('Orders');
    const ordered = [...paths];
    return {
      title,
      folders: ordered.map((path) => ({ path, description: path ? `About ${path}` : 'Top', variables: [] })),
      requests: requests as ImportRequest[],
      variables,
    };
  });

/** Postman nests folders: requests come out folder by folder, in each folder's order. */
const byFolder = (requests: readonly ImportRequest[]) =>
  [...requests].sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));

describe('Postman export → import', () => {
  it('gives the same collection', () => {
    fc.assert(
      fc.property(collection, (source) => {
        const exported = exportPostman(source);
        expect(exported.report).toEqual([]);
        const result = importText(exported.text);
        if (!result.ok) throw new Error(result.error.message);
        const { plan } = result;
        expect(plan.title).toBe(source.title);
        expect(plan.variables).toEqual(source.variables);
        expect(plan.secrets).toEqual([]);
        expect(new Set(plan.folders.map((f) => `${f.path}:${f.description}`))).toEqual(
          new Set(source.folders.map((f) => `${f.path}:${f.description}`)),
        );
        expect(byFolder(plan.requests)).toEqual(byFolder(source.requests));
      }),
      { numRuns: 300 },
    );
  });

  it('writes secrets as variables, never values, and reports provider requests it cannot carry', () => {
    const exported = exportPostman({
      title: 'T',
      folders: [{ path: '', description: '', variables: [] }],
      variables: [{ name: 'token', value: '', secret: true }],
      requests: [
        {
          folder: '',
          name: 'apsis',
          draft: {
            sandbox: 'apsis',
            method: 'GET',
            url: '',
            query: [],
            headers: [],
            body: { kind: 'none' },
            provider: { endpointId: 'MailingList.getMailinglistsPaginated', params: {} },
            transport: {},
          },
        },
      ],
    });
    expect(JSON.parse(exported.text)).toMatchObject({
      variable: [{ key: 'token', value: '', type: 'secret' }],
      item: [],
    });
    expect(exported.report).toEqual([
      { item: 'apsis', message: 'A apsis request is not exported: its auth and URL come from a Parley profile.' },
    ]);
  });
});
