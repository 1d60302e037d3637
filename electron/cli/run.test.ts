/**
 * `parley run` as CI runs it: the bundled command over a collection folder written as the app writes
 * one, against the built-in mock servers and a loopback server, with credentials from the environment.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';
import { apsisDemoKey } from '../../shared/providers/apsis/definition';
import { startHttpServer, type TestServer } from '../http/testing/servers';
import { bootMain } from '../vault/vault-test-kit';
import {
  exportedProfile,
  plainRequest,
  providerRequest,
  writeProfileFile,
  writeRequestFile,
} from './run-collection-fixture';

let dir: string;
let server: TestServer;
const seen: URLSearchParams[] = [];
const tokens: (string | undefined)[] = [];

const apsis = (endpointId: string, params: Record<string, unknown>, checks: unknown) =>
  providerRequest('apsis', endpointId, params, checks);

function writeCollection(root: string, breakOne = false) {
  writeRequestFile(path.join(root, '01-create.yaml'), {
    name: 'Create subscriber',
    profile: 'CI',
    request: apsis(
      'Subscriber.createSubscriber',
      { mailingListId: 1, updateIfExists: true, body: '{"Email":"runner-{{row}}@example.com"}' },
      {
        captures: [{ variable: 'subscriberId', from: 'jsonpath', expression: '$.Result' }],
        assertions: [{ kind: 'envelope-ok' }],
      },
    ),
  });
  writeRequestFile(path.join(root, '02-read.yaml'), {
    name: 'Read subscriber',
    profile: 'CI',
    request: apsis(
      'Subscriber.getSubscriberDetailsById',
      { subscriberId: '{{subscriberId}}' },
      {
        assertions: [
          { kind: 'envelope-ok' },
          { kind: 'jsonpath', expression: '$.Result.Email', op: 'contains', value: breakOne ? 'nobody' : 'runner-' },
        ],
      },
    ),
  });
  writeRequestFile(path.join(root, 'echo', '03-echo.yaml'), {
    name: 'Echo the id',
    request: plainRequest(`${server.origin}/echo?id={{subscriberId}}&row={{row}}`, {
      assertions: [
        { kind: 'status', op: 'is', value: 200 },
        { kind: 'header', name: 'x-served-by', op: 'equals', value: 'loopback' },
      ],
    }),
  });
  writeRequestFile(path.join(root, 'echo', '04-lists.yaml'), {
    name: 'Mailing lists',
    profile: 'CI',
    request: apsis(
      'MailingList.getMailinglistsPaginated',
      {},
      { assertions: [{ kind: 'envelope-ok' }, { kind: 'status', op: 'in-range', value: 200, max: 299 }] },
    ),
  });
  writeRequestFile(path.join(root, 'echo', '05-unknown-list.yaml'), {
    name: 'Unknown list is an APSIS error on HTTP 200',
    profile: 'CI',
    request: apsis(
      'MailingList.getMailingListDetails',
      { mailinglistId: 999999 },
      { assertions: [{ kind: 'jsonpath', expression: '$.Code', op: 'exists' }] },
    ),
  });
}

function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/parley.mjs', 'run', ...args],
      { env: { ...process.env, APSIS_API_KEY: apsisDemoKey, ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  await buildCli();
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-run-test-'));
  server = await startHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    seen.push(url.searchParams);
    tokens.push(request.headers['x-token'] as string | undefined);
    if (url.pathname === '/order.xml') {
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.end('<order><id>ord-4711</id><state>paid</state></order>');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', 'x-served-by': 'loopback' });
    response.end('{"ok":true}');
  });
  writeProfileFile(path.join(dir, 'profiles.json'), [
    exportedProfile('apsis', 'mock://apsis', { region: 'custom' }, ['apiKey']),
  ]);
}, 60_000);

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
type JunitCase = { name: string; classname: string; failure?: { message: string } };
function junitCases(file: string): JunitCase[] {
  const xml = parser.parse(readFileSync(file, 'utf8')) as {
    testsuites: { testsuite: { testcase: JunitCase | JunitCase[] } | { testcase: JunitCase | JunitCase[] }[] };
  };
  const suites = [xml.testsuites.testsuite].flat();
  return suites.flatMap((suite) => [suite.testcase].flat());
}

describe('parley run', () => {
  it('runs five chained requests green and writes every report without the key', async () => {
    const root = path.join(dir, 'green');
    writeCollection(root);
    const out = path.join(dir, 'green-out');
    const result = await run([
      root,
      '--profile-file',
      path.join(dir, 'profiles.json'),
      '--env-var',
      'row=a',
      '--reporter',
      'cli,json,junit,html',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/captured subscriberId = \d+/);
    const id = /captured subscriberId = (\d+)/.exec(result.stdout)![1];
    expect(seen.at(-1)?.get('id')).toBe(id);
    const cases = junitCases(path.join(out, 'junit.xml'));
    expect(cases.length).toBe(8);
    expect(cases.every((item) => item.failure === undefined)).toBe(true);
    const reports = [
      result.stdout,
      ...['report.json', 'junit.xml', 'report.html'].map((file) => readFileSync(path.join(out, file), 'utf8')),
    ];
    for (const report of reports) {
      expect(report).not.toContain(apsisDemoKey);
      expect(report).not.toContain(Buffer.from(`${apsisDemoKey}:`).toString('base64'));
    }
  });

  it('a broken assertion exits 1, names the iteration and request in JUnit, and --bail stops there', async () => {
    const root = path.join(dir, 'broken');
    writeCollection(root, true);
    const out = path.join(dir, 'broken-out');
    const args = [
      root,
      '--profile-file',
      path.join(dir, 'profiles.json'),
      '--env-var',
      'row=b',
      '--reporter',
      'junit',
      '--out',
      out,
    ];
    const full = await run(args);
    expect(full.code).toBe(1);
    const failing = junitCases(path.join(out, 'junit.xml')).filter((item) => item.failure);
    expect(failing.map((item) => item.name)).toEqual([
      '[iteration 1] Read subscriber › $.Result.Email contains nobody',
    ]);
    expect(failing[0]!.failure!.message).toMatch(/^expected nobody, actual "?runner-b@example.com/);
    expect(failing[0]!.classname).toBe('broken');

    const before = seen.length;
    const bailed = await run([...args, '--bail']);
    expect(bailed.code).toBe(1);
    expect(seen.length).toBe(before);
    const skipped = junitCases(path.join(out, 'junit.xml')).filter((item) => item.name.includes('Echo the id'));
    expect(skipped).toHaveLength(1);
  });

  it('a CSV of 3 rows and 2 iterations gives 6 iterations with the rows in the requests', async () => {
    const root = path.join(dir, 'data');
    writeCollection(root);
    writeFileSync(path.join(dir, 'rows.csv'), 'row,note\nx,first\ny,second\nz,third\n');
    const before = seen.length;
    const result = await run([
      root,
      '--profile-file',
      path.join(dir, 'profiles.json'),
      '--data',
      path.join(dir, 'rows.csv'),
      '--iterations',
      '2',
    ]);
    expect(result.code).toBe(0);
    expect(seen.slice(before).map((query) => query.get('row'))).toEqual(['x', 'y', 'z', 'x', 'y', 'z']);
  });

  it('XPath captures and assertions work in the bundled command, and the captured id reaches the next request', async () => {
    const root = path.join(dir, 'xml');
    writeRequest(root, '01-order.yaml', {
      name: 'Order',
      request: plain(`${server.origin}/order.xml`, {
        captures: [{ variable: 'orderId', from: 'xpath', expression: '/order/id' }],
        assertions: [{ kind: 'xpath', expression: '/order/state', op: 'equals', value: 'paid' }],
      }),
    });
    writeRequest(root, '02-follow.yaml', {
      name: 'Follow',
      request: plain(`${server.origin}/echo?order={{orderId}}`, {
        assertions: [{ kind: 'xpath', expression: '/order', op: 'exists', value: '' }],
      }),
    });
    const out = path.join(dir, 'xml-out');
    const result = await run([root, '--reporter', 'cli,json', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('captured orderId = ord-4711');
    expect(seen.at(-1)?.get('order')).toBe('ord-4711');
    // The JSON answer of the second request fails its XPath check with the reason, and the run says so.
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
      entries: { request: string; assertions: { passed: boolean; actual: string }[] }[];
    };
    expect(report.entries.map((entry) => [entry.request, entry.assertions[0]?.passed])).toEqual([
      ['Order', true],
      ['Follow', false],
    ]);
    expect(report.entries[1]!.assertions[0]!.actual).toMatch(/^the body is not XML/);
  });

  it('says what is wrong with a bad invocation and sends nothing', async () => {
    const before = seen.length;
    expect((await run([])).code).toBe(2);
    const missing = await run([path.join(dir, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder/);
    const badData = await run([path.join(dir, 'green'), '--data', path.join(dir, 'profiles.json')]);
    expect(badData.stderr).toMatch(/row 1 is not an object|JSON array/);
    expect(seen.length).toBe(before);
  });

  it('--env uses the app’s environment for the collection; its secret comes from an environment variable, never the vault', async () => {
    const data = path.join(dir, 'app-data');
    const main = bootMain(data, randomBytes(32));
    const collection = path.join(data, 'collections');
    await main.ok('variables.saveEnvironment', {
      name: 'staging',
      colour: 'amber',
      variables: [
        { name: 'base', value: `${server.origin}/echo?stage=staging` },
        { name: 'apiToken', value: 'VAULT-ONLY-value-3c1d', secret: true, allowedOrigins: [server.origin] },
      ],
    });
    await main.ok('variables.saveEnvironment', { name: 'local', colour: 'green', variables: [] });
    await main.services.dispose();
    writeRequestFile(path.join(collection, 'items.yaml'), {
      name: 'Items',
      request: {
        ...plainRequest('{{base}}&row={{row}}', { assertions: [{ kind: 'status', op: 'is', value: 200 }] }),
        headers: [{ name: 'X-Token', value: '{{apiToken}}', enabled: true }],
      },
    });
    const envCanary = 'ENV-canary-token-9b2e';
    const appData = { PARLEY_USER_DATA: data };
    const before = seen.length;
    const result = await run(
      [
        collection,
        '--env',
        'staging',
        '--env-var',
        'row=r1',
        '--reporter',
        'cli,json',
        '--out',
        path.join(dir, 'env-out'),
      ],
      {
        ...appData,
        API_TOKEN: envCanary,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(seen.slice(before).map((query) => [query.get('stage'), query.get('row')])).toEqual([['staging', 'r1']]);
    expect(tokens.at(-1)).toBe(envCanary);
    expect(result.stdout).not.toContain(envCanary);
    expect(readFileSync(path.join(dir, 'env-out', 'report.json'), 'utf8')).not.toContain(envCanary);

    const unknown = await run([collection, '--env', 'prod'], { ...appData, API_TOKEN: envCanary });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '--env prod: the collection has no environment "prod"; it has "staging", "local".',
    );
    const noSecret = await run([collection, '--env', 'staging'], appData);
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain(
      '{{apiToken}} takes its value from the environment variable API_TOKEN, which is not set',
    );
    expect(seen.length).toBe(before + 1);
  });
});
