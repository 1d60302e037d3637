/** Each format's importer on a realistic file: what lands in the collection, and what is reported. */
import { describe, expect, it } from 'vitest';
import chromeBash from './testing/fixtures/chrome-bash.txt?raw';
import chromeCmd from './testing/fixtures/chrome-cmd.txt?raw';
import firefox from './testing/fixtures/firefox.txt?raw';
import har from './testing/fixtures/devtools.har?raw';
import insomnia from './testing/fixtures/insomnia-v4.json?raw';
import openapi3 from './testing/fixtures/openapi3.yaml?raw';
import postmanEnvironment from './testing/fixtures/postman-environment.json?raw';
import postman20 from './testing/fixtures/postman-v20.json?raw';
import postman21 from './testing/fixtures/postman-v21.json?raw';
import webcrmSwagger from '../providers/webcrm/openapi/swagger-2019.json?raw';
import { importText } from '.';
import type { ImportPlan } from './types';

function plan(text: string): ImportPlan {
  const result = importText(text);
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.line}:${result.error.column}`);
  return result.plan;
}

const request = (p: ImportPlan, name: string) => {
  const found = p.requests.find((r) => r.name === name);
  if (!found) throw new Error(`no request "${name}" in ${p.requests.map((r) => r.name).join(', ')}`);
  return found;
};

/** No secret value appears anywhere in what is written: requests, folders and variables. */
function expectNoSecretValues(p: ImportPlan) {
  const written = JSON.stringify({
    requests: p.requests,
    folders: p.folders,
    variables: p.variables,
    report: p.report,
  });
  for (const secret of p.secrets) expect(written).not.toContain(secret.value);
}

describe('Copy as cURL from browsers', () => {
  it('Chrome (bash): $-quoted body, cookies and the bearer become variables', () => {
    const p = plan(chromeBash);
    const { draft } = p.requests[0]!;
    expect(draft.method).toBe('POST');
    expect(draft.url).toBe('https://api.example.com/v1/items?page=2');
    expect(draft.body).toEqual({ kind: 'json', text: '{"name":"O\'Brien","note":"line1\\nline2"}' });
    const header = (name: string) => draft.headers.find((h) => h.name.toLowerCase() === name)?.value;
    expect(header('authorization')).toBe('Bearer {{authorization}}');
    expect(header('cookie')).toBe('{{cookie}}');
    expect(header('sec-ch-ua')).toBe('"Chromium";v="131", "Not_A Brand";v="24"');
    expect(p.secrets.map((s) => [s.variable, s.value])).toEqual([
      ['authorization', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
      ['cookie', 'session=abc123def456; theme=dark'],
    ]);
    expectNoSecretValues(p);
  });

  it('Chrome (cmd): caret escapes and ^ line ends give the same request as bash', () => {
    const p = plan(chromeCmd);
    const { draft } = p.requests[0]!;
    expect(draft.url).toBe('https://api.example.com/v1/items?page=2');
    expect(draft.body).toEqual({ kind: 'json', text: '{"name":"O\'Brien","pct":"50%"}' });
    expect(draft.headers.find((h) => h.name === 'sec-ch-ua')?.value).toBe('"Chromium";v="131", "Not_A Brand";v="24"');
    expect(draft.headers.find((h) => h.name === 'authorization')?.value).toBe('Bearer {{authorization}}');
    expectNoSecretValues(p);
  });

  it('Firefox: -X POST, --compressed, a form body whose password becomes a variable', () => {
    const p = plan(firefox);
    const { draft } = p.requests[0]!;
    expect(draft.method).toBe('POST');
    expect(draft.body).toEqual({
      kind: 'form',
      fields: [
        { name: 'username', value: 'mia' },
        { name: 'password', value: '{{password}}' },
        { name: 'remember', value: '1' },
      ],
    });
    expect(p.secrets.find((s) => s.variable === 'password')?.value).toBe('s3cr$t pw');
    expect(draft.headers.some((h) => h.name === 'Content-Type')).toBe(false);
    expect(p.report).toEqual([]);
    expectNoSecretValues(p);
  });
});

describe('Postman', () => {
  it('v2.1: folders, inherited auth, variables, and every script reported item by item', () => {
    const p = plan(postman21);
    expect(p.format).toBe('postman');
    expect(p.title).toBe('Shop API');
    expect(p.folders.map((f) => f.path)).toEqual(['', 'Orders', 'Orders/Refunds', 'Customers']);
    expect(p.folders.find((f) => f.path === 'Orders')?.description).toBe('Everything about orders.');
    expect(p.variables).toEqual([
      { name: 'baseUrl', value: 'https://shop.example.com/api', secret: false },
      { name: 'apiSecret', value: '', secret: true },
    ]);
    const list = request(p, 'List orders');
    expect(list.folder).toBe('Orders');
    expect(list.draft.url).toBe('{{baseUrl}}/orders');
    expect(list.draft.query).toEqual([
      { name: 'status', value: 'open', enabled: true },
      { name: 'limit', value: '20', enabled: true },
      { name: 'debug', value: 'true', enabled: false },
    ]);
    expect(list.draft.headers).toContainEqual({ name: 'X-Debug', value: '1', enabled: false });
    // The folder's Basic auth is inherited, its password a variable.
    expect(list.draft.auth).toEqual({ kind: 'basic', username: 'shop-admin', password: '{{basic_password}}' });
    expect(request(p, 'Create order').draft.body).toEqual({
      kind: 'json',
      text: '{\n  "ref": "{{orderRef}}",\n  "items": [1, 2]\n}',
    });
    const refund = request(p, 'Refund an order');
    expect(refund.folder).toBe('Orders/Refunds');
    expect(refund.draft.auth).toEqual({
      kind: 'apiKey',
      name: 'X-Refund-Key',
      value: '{{x_refund_key}}',
      in: 'header',
    });
    expect(refund.draft.body).toEqual({
      kind: 'form',
      fields: [
        { name: 'orderId', value: '1001' },
        { name: 'reason', value: 'damaged item' },
      ],
    });
    expect(request(p, 'Upload avatar').draft.body).toEqual({
      kind: 'multipart',
      parts: [
        { name: 'customerId', value: '7' },
        { name: 'avatar', filePath: '/home/mia/avatar.png' },
      ],
    });
    // The collection's bearer applies where nothing overrides it; noauth means none.
    expect(request(p, 'Upload avatar').draft.auth).toEqual({ kind: 'bearer', token: '{{bearer_token}}' });
    expect(request(p, 'Public status').draft.auth).toBeUndefined();

    expect(p.report).toEqual([
      {
        item: 'collection',
        message: 'Pre-request script (1 line) not carried over: Parley does not run Postman scripts.',
      },
      { item: 'Orders', message: 'Test script (1 line) not carried over: Parley does not run Postman scripts.' },
      {
        item: 'Orders/List orders',
        message: 'Test script (3 lines) not carried over: Parley does not run Postman scripts.',
      },
      {
        item: 'Orders/Create order',
        message: 'Pre-request script (1 line) not carried over: Parley does not run Postman scripts.',
      },
      { item: 'Customers/Signed call', message: 'hawk auth is not carried over: Parley has no hawk helper.' },
    ]);
    expect(p.secrets.map((s) => s.variable).sort()).toEqual(
      ['apiSecret', 'basic_password', 'bearer_token', 'x_refund_key'].sort(),
    );
    expectNoSecretValues(p);
  });

  it('v2.0: object-style auth blocks and string URLs', () => {
    const p = plan(postman20);
    expect(p.requests[0]?.draft).toMatchObject({
      method: 'GET',
      url: 'https://legacy.example.com/whoami',
      auth: { kind: 'basic', username: 'legacy-user', password: '{{basic_password}}' },
    });
    expect(p.secrets[0]?.value).toBe('legacy-pass-1');
  });

  it('an environment file gives variables, its secret kept out of the file', () => {
    const p = plan(postmanEnvironment);
    expect(p.format).toBe('postman-environment');
    expect(p.variables).toEqual([
      { name: 'baseUrl', value: 'https://staging.shop.example.com/api', secret: false },
      { name: 'apiToken', value: '', secret: true },
    ]);
    expect(p.secrets).toMatchObject([{ variable: 'apiToken', value: 'staging-token-31337' }]);
  });
});

describe('OpenAPI and Swagger', () => {
  it('the official webCRM document imports all 280 operations into its 23 tags', () => {
    const p = plan(webcrmSwagger);
    expect(p.format).toBe('openapi');
    expect(p.requests).toHaveLength(280);
    const document = JSON.parse(webcrmSwagger) as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const perTag = new Map<string, number>();
    for (const item of Object.values(document.paths))
      for (const operation of Object.values(item)) {
        const tag = operation.tags?.[0] ?? '';
        perTag.set(tag, (perTag.get(tag) ?? 0) + 1);
      }
    expect(perTag.size).toBe(23);
    for (const [tag, count] of perTag) expect(p.requests.filter((r) => r.folder === tag)).toHaveLength(count);
    const organisation = p.requests.find(
      (r) => r.draft.method === 'GET' && r.draft.url === '{{baseUrl}}/Organisations/{{id}}',
    );
    expect(organisation?.folder).toBe('Organisations');
  });

  it('OpenAPI 3: servers, path/query/header params, bodies, security; a dangling $ref is reported, not fatal', () => {
    const p = plan(openapi3);
    expect(p.title).toBe('Pet Store');
    expect(p.variables).toContainEqual({ name: 'baseUrl', value: 'https://eu.pets.example.com/v2', secret: false });
    expect(p.variables).toContainEqual({ name: 'apiKey', value: '', secret: true });
    expect(p.folders.map((f) => f.path)).toEqual(['', 'pets', 'store-orders']);
    const list = request(p, 'List pets');
    expect(list.draft.query).toEqual([{ name: 'limit', value: '20', enabled: true }]);
    expect(list.draft.headers).toEqual([{ name: 'X-Trace', value: 'trace-1', enabled: true }]);
    expect(list.draft.auth).toEqual({ kind: 'apiKey', name: 'X-Api-Key', value: '{{apiKey}}', in: 'header' });
    expect(request(p, 'Get a pet').draft).toMatchObject({
      url: '{{baseUrl}}/pets/7',
      auth: { kind: 'bearer', token: '{{bearerToken}}' },
    });
    const added = JSON.parse((request(p, 'Add a pet').draft.body as { text: string }).text) as Record<string, unknown>;
    expect(added).toMatchObject({ name: 'Rex', owner: { name: 'Mia' } });
    expect(request(p, 'Upload a photo').draft).toMatchObject({
      url: '{{baseUrl}}/pets/{{petId}}/photo',
      body: {
        kind: 'multipart',
        parts: [
          { name: 'caption', value: 'On the sofa' },
          { name: 'file', filePath: '' },
        ],
      },
    });
    expect(request(p, 'placeOrder').draft.body).toEqual({
      kind: 'form',
      fields: [
        { name: 'petId', value: '7' },
        { name: 'quantity', value: '1' },
      ],
    });
    expect(request(p, 'Health').draft.auth).toBeUndefined();
    expect(p.report).toContainEqual({
      item: '#/components/schemas/Missing',
      message: '$ref "#/components/schemas/Missing" points to nothing in the document: read as empty.',
    });
    expect(p.report).toContainEqual({
      item: 'pets/List pets',
      message: 'Cookie parameter "session" is not carried over.',
    });
  });
});

describe('HAR and Insomnia', () => {
  it('HAR 1.2: one request per entry, pseudo-headers dropped, credentials moved to variables', () => {
    const p = plan(har);
    expect(p.requests.map((r) => r.name)).toEqual([
      'GET api.example.com/v1/items',
      'POST api.example.com/v1/items',
      'POST api.example.com/v1/login',
    ]);
    expect(p.requests[0]?.draft.headers).toEqual([
      { name: 'accept', value: 'application/json', enabled: true },
      { name: 'authorization', value: 'Bearer {{authorization}}', enabled: true },
      { name: 'cookie', value: '{{cookie}}', enabled: true },
    ]);
    expect(p.requests[1]?.draft.body).toEqual({ kind: 'json', text: '{"name":"pen"}' });
    expect(p.requests[2]?.draft.body).toEqual({
      kind: 'form',
      fields: [
        { name: 'user', value: 'mia' },
        { name: 'password', value: '{{password}}' },
      ],
    });
    expectNoSecretValues(p);
  });

  it('Insomnia v4: folders, the base environment as variables, auth, sub-environments and websockets reported', () => {
    const p = plan(insomnia);
    expect(p.title).toBe('Billing');
    expect(p.folders.map((f) => f.path)).toEqual(['', 'Invoices']);
    expect(p.variables).toEqual([
      { name: 'base_url', value: 'https://billing.example.com', secret: false },
      { name: 'api_token', value: '', secret: true },
    ]);
    expect(request(p, 'List invoices').draft).toMatchObject({
      url: '{{base_url}}/invoices',
      query: [
        { name: 'status', value: 'unpaid', enabled: true },
        { name: 'page', value: '1', enabled: false },
      ],
      auth: { kind: 'bearer', token: '{{api_token}}' },
    });
    expect(request(p, 'Create invoice').draft.auth).toEqual({
      kind: 'basic',
      username: 'billing',
      password: '{{basic_password}}',
    });
    expect(p.report.map((r) => r.item)).toEqual(['environment "Production"', 'Live feed']);
    expectNoSecretValues(p);
  });
});
