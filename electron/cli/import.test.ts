/**
 * `parley import` as a script runs it: the bundled bin detects the format, writes the collection as the
 * app saves one, prints the report; exit 0 on success, 2 on malformed input (with line:column) or usage.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { buildCli } from '../../scripts/build-cli.mjs';
import { createCollectionStore } from '../collections/collection-store';

const fixtures = path.resolve('shared/import/testing/fixtures');
let dir: string;

beforeAll(async () => {
  await buildCli();
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-import-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/parley.mjs', 'import', ...args],
      { timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}

function allFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const full = path.join(root, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

describe('parley import', () => {
  it('writes a Postman collection as folders of request files, reports each script, writes no secret', async () => {
    const into = path.join(dir, 'shop');
    const result = await run([path.join(fixtures, 'postman-v21.json'), '--into', into]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Imported Postman collection "Shop API" into ${into}: 6 requests in 3 folders, 2 variables.`,
    );
    expect(result.stdout).toContain(
      '  - Orders/List orders: Test script (3 lines) not carried over: Parley does not run Postman scripts.',
    );
    expect(result.stdout).toContain('  - {{basic_password}}  from Basic password of "List orders"');

    const top = YAML.parse(readFileSync(path.join(into, 'folder.parley.yaml'), 'utf8')) as Record<string, unknown>;
    expect(top.order).toEqual(['Orders/', 'Customers/']);
    expect(top.variables).toContainEqual({ name: 'baseUrl', value: 'https://shop.example.com/api', secret: false });
    expect(top.variables).toContainEqual({ name: 'bearer_token', secret: true });
    const orders = YAML.parse(readFileSync(path.join(into, 'Orders', 'folder.parley.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(orders).toMatchObject({
      description: 'Everything about orders.',
      order: ['Refunds/', 'list-orders.yaml', 'create-order.yaml'],
    });

    const written = allFiles(into)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    for (const secret of ['collection-token-7f3a9b', 'very-secret-value-42', 'p@ss w0rd$', 'refund-key-99x'])
      expect(written).not.toContain(secret);

    // The app reads every file back as a request, in the written order.
    const store = createCollectionStore({
      folder: () => into,
      profileIdByName: () => null,
      profileName: () => null,
      secrets: () => [],
      onChange: () => undefined,
    });
    const listing = await store.list();
    expect(listing.items.map((item) => [item.file, item.error])).toEqual([
      ['Orders/Refunds/refund-an-order.yaml', null],
      ['Orders/list-orders.yaml', null],
      ['Orders/create-order.yaml', null],
      ['Customers/upload-avatar.yaml', null],
      ['Customers/public-status.yaml', null],
      ['Customers/signed-call.yaml', null],
    ]);
    // The Postman request's description is the saved request's, and saving the request again keeps it.
    const listOrders = listing.items.find((item) => item.file === 'Orders/list-orders.yaml');
    expect(listOrders?.description).toBe('Open orders, newest first. Use `limit` to page.');
    const resaved = await store.save({ name: 'List orders', draft: listOrders!.draft!, file: listOrders!.file });
    expect(resaved.description).toBe('Open orders, newest first. Use `limit` to page.');
  });

  it('reads a cURL command from standard input', async () => {
    const into = path.join(dir, 'from-stdin');
    const result = await run(
      ['-', '--into', into],
      "curl -u 'apsis-key-1:' https://se.api.anpdm.com:8443/v1/mailinglists/1/10\n",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Recognised as APSIS Pro (MailingList.getMailinglistsPaginated): pick or create a profile of it with base URL https://se.api.anpdm.com:8443 and region "eu".',
    );
    expect(result.stdout).toContain(
      '  - APSIS Pro profile field "apiKey"  from "GET se.api.anpdm.com:8443/v1/mailinglists/1/10"',
    );
    const [file] = readdirSync(into).filter((f) => f.endsWith('.yaml') && f !== 'folder.parley.yaml');
    const saved = YAML.parse(readFileSync(path.join(into, file ?? ''), 'utf8')) as { request: Record<string, unknown> };
    expect(saved.request).toMatchObject({
      sandbox: 'apsis',
      provider: { endpointId: 'MailingList.getMailinglistsPaginated' },
    });
    expect(readFileSync(path.join(into, file ?? ''), 'utf8')).not.toContain('apsis-key-1');
  });

  it('malformed input exits 2 with file:line:column and writes nothing', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(
      broken,
      '{\n  "info": { "name": "x" },\n  "item": [\n    { "name": "a" }\n    { "name": "b" }\n  ]\n}\n',
    );
    const into = path.join(dir, 'never');
    const result = await run([broken, '--into', into]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${broken}:5:5: Malformed JSON: a "," is missing\nNothing was written.\n`);
    expect(existsSync(into)).toBe(false);
  });

  it('usage errors exit 2 with the usage', async () => {
    const result = await run([path.join(fixtures, 'har.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--into <folder> is required.');
    expect(result.stderr).toContain('Usage: parley import <file|-> --into <folder>');
  });
});
