/**
 * History → HAR through the real router, a real history store and real servers: the file main writes
 * is HAR 1.2 with the exchanges as sent, and holds no secret of any profile nor a form derived from one.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText } from '../../shared/import';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { createDialogDouble } from '../dialogs/dialog-double';
import { startHttpServer, type TestServer } from '../http/testing/servers';
import { bootMain, type BootedMain } from '../vault/vault-test-kit';

interface HarEntry {
  readonly startedDateTime: string;
  readonly request: { method: string; url: string; headers: { name: string; value: string }[] };
  readonly response: { status: number; headers: { name: string; value: string }[] };
  readonly timings: { wait: number };
}
interface Har {
  readonly log: { version: string; creator: { name: string }; entries: HarEntry[] };
}

const crmToken = randomUUID();
const apsisKey = `key-${randomBytes(12).toString('hex')}`;
const password = `pw-${randomBytes(6).toString('hex')}$' "\\ x`;
const accessToken = `AT-${randomUUID()}`;

const leaksOf = (value: string) => [
  value,
  createHash('md5').update(value).digest('hex'),
  Buffer.from(value).toString('base64'),
  Buffer.from(`${value}:`).toString('base64'),
  encodeURIComponent(value),
];

let dir: string;
let harFile: string;
let server: TestServer;
let main: BootedMain;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-history-har-'));
  harFile = path.join(dir, 'exported.har');
  server = await startHttpServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    // webCRM's login answers with a token; every other call with a small JSON body.
    const body = request.url?.includes('ApiLogin')
      ? { AccessToken: accessToken, RefreshToken: 'RT', ExpiresIn: 3600 }
      : { request: { code: 200 }, response: { ok: true }, url: request.url };
    response.end(JSON.stringify(body));
  });
  main = bootMain(dir, randomBytes(32), 'os', createDialogDouble({ saveFile: () => harFile }));
});

afterEach(async () => {
  await main.services.dispose();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const profile = (providerId: 'apsis' | 'wbteampro' | 'webcrm', fields: Record<string, string>, secrets: object) =>
  main.ok('profiles.create', {
    providerId,
    name: `Live ${providerId}`,
    baseUrl: `${server.origin}/`,
    environment: 'live',
    fields,
    secrets: secrets as Record<string, string>,
    variables: [],
    notes: '',
  });
const send = (draft: RequestDraft, title: string) =>
  main.ok('request.send', { requestId: randomUUID(), draft, title, confirmRisk: false });

describe('export.history', () => {
  it('writes the sent exchanges as HAR 1.2, masked, and the window learns only the file name and counts', async () => {
    const apsis = await profile('apsis', { region: 'custom' }, { apiKey: apsisKey });
    const wbteampro = await profile(
      'wbteampro',
      { username: 'admin', urlStyle: 'direct', format: 'json' },
      { password },
    );
    const webcrm = await profile('webcrm', {}, { applicationToken: crmToken });
    await send(
      {
        ...emptyDraft('apsis'),
        profileId: apsis.id,
        provider: { endpointId: null, path: '/v1/mailinglists', method: 'GET', params: {} },
      },
      'Mailing lists',
    );
    await send(
      { ...emptyDraft('wbteampro'), profileId: wbteampro.id, provider: { endpointId: 'getConfig', params: {} } },
      'Config',
    );
    await send(
      { ...emptyDraft('webcrm'), profileId: webcrm.id, provider: { endpointId: 'AuthApiLoginPost', params: {} } },
      'Login',
    );
    // An entry recorded with a secret in clear (as by an older build): the export masks it all the same.
    await main.services.history.append({
      sandbox: 'http',
      profileId: null,
      title: 'Old entry',
      draft: { ...emptyDraft('http'), url: `${server.origin}/old` },
      sent: {
        method: 'POST',
        url: `${server.origin}/old?token=${encodeURIComponent(crmToken)}`,
        headers: [
          ['X-Hash', createHash('md5').update(password).digest('hex')],
          ['X-Basic', Buffer.from(`${apsisKey}:`).toString('base64')],
        ],
        body: { kind: 'text', text: `password=${password}` },
      },
      response: null,
      error: null,
      interpretation: null,
    });

    const result = await main.ok('export.history', {});
    expect(result).toEqual({ saved: true, fileName: 'exported.har', requests: 4, report: [] });
    expect(main.dialogs.asked).toMatchObject([{ kind: 'saveFile', request: { title: 'Export history as HAR' } }]);

    const text = fs.readFileSync(harFile, 'utf8');
    const har = JSON.parse(text) as Har;
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator.name).toBe('Parley');
    // Newest first, as the History panel lists them.
    expect(har.log.entries.map((e) => [e.request.method, new URL(e.request.url).pathname])).toEqual([
      ['POST', '/old'],
      ['POST', '/Auth/ApiLogin'],
      ['GET', expect.stringMatching(/\/api\/index\.php$|\/index\.php$|^\/[^?]*$/)],
      ['GET', '/v1/mailinglists'],
    ]);
    expect(har.log.entries.slice(1).map((e) => e.response.status)).toEqual([200, 200, 200]);
    const basic = har.log.entries[3]?.request.headers.find((h) => h.name.toLowerCase() === 'authorization');
    expect(basic?.value).toContain('••••');
    for (const leak of [...leaksOf(crmToken), ...leaksOf(apsisKey), ...leaksOf(password), accessToken])
      expect(text).not.toContain(leak);
    // The same bytes read back as a HAR by Parley's own importer.
    const back = importText(text);
    expect(back.ok && back.plan.format).toBe('har');
    expect(back.ok && back.plan.requests.length).toBe(4);
    expect(JSON.stringify(main.outputs)).not.toContain(harFile);
  });

  it('exports only the entries matching the search; cancelling the dialog writes nothing', async () => {
    for (const name of ['orders', 'customers', 'orders-2'])
      await send({ ...emptyDraft('http'), url: `${server.origin}/${name}` }, name);
    expect(await main.ok('export.history', { query: 'orders' })).toMatchObject({ saved: true, requests: 2 });
    const har = JSON.parse(fs.readFileSync(harFile, 'utf8')) as Har;
    expect(har.log.entries.map((e) => new URL(e.request.url).pathname)).toEqual(['/orders-2', '/orders']);

    fs.rmSync(harFile);
    main.dialogs.script.saveFile = () => null;
    expect(await main.ok('export.history', {})).toMatchObject({ saved: false, fileName: null, requests: 3 });
    expect(fs.existsSync(harFile)).toBe(false);
  });
});
