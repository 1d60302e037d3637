/**
 * The secret boundary through the real router and pipeline, against real servers on loopback: a
 * profile's secrets reach only its own origin (or one the user allowed in main's dialog), redirects do
 * not carry them away, and nothing derived from them comes back to the renderer, history or disk.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../shared/profiles/schema';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { createDialogDouble } from '../dialogs/dialog-double';
import { startHttpServer, type TestServer } from '../http/testing/servers';
import { filesUnder, type BootedMain } from '../vault/vault-test-kit';
import { useBootedMains } from './booted-main-fixture';

interface Seen {
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** A server that records what reached it and answers with `answer`. */
async function recordingServer(
  answer: (request: http.IncomingMessage, response: http.ServerResponse, body: string) => void,
): Promise<TestServer & { seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = await startHttpServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      seen.push({ url: request.url ?? '', headers: request.headers, body });
      answer(request, response, body);
    });
  });
  return Object.assign(server, { seen });
}

const echo = (request: http.IncomingMessage, response: http.ServerResponse, body: string) => {
  response.setHeader('content-type', 'application/json');
  response.setHeader('x-echo-url', request.url ?? '');
  response.end(JSON.stringify({ url: request.url, headers: request.headers, body }));
};

const mains = useBootedMains('parley-boundary-');
const secret = `SECRET-${randomUUID()}`;
const alnum = `Key${randomBytes(12).toString('hex')}`;

const boot = (confirm: boolean) => mains.boot(createDialogDouble({ confirm: () => confirm }));
const serve = async (answer = echo) => mains.closeAfter(await recordingServer(answer));
const plainProfile = (baseUrl: string): ProfileInput => ({
  providerId: 'http',
  name: 'Prod',
  baseUrl,
  environment: 'live',
  fields: {},
  secrets: { apiKey: secret },
  variables: [],
  notes: '',
});
const plainDraft = (profileId: string, url: string): RequestDraft => ({ ...emptyDraft('http'), profileId, url });
const send = (main: BootedMain, draft: RequestDraft) =>
  main.call('request.send', { requestId: randomUUID(), draft, title: 'Boundary', confirmRisk: false });

/** Every IPC output, every event main pushed (a send's progress), and every file in the data folder, as one text. */
const everything = (main: BootedMain) =>
  JSON.stringify(main.outputs) +
  JSON.stringify(main.notices) +
  filesUnder(mains.dir)
    .map((file) => file.bytes.toString('utf8'))
    .join('\n');

describe("a profile's secrets go only to its own origin", () => {
  it('refuses {{apiKey}} in a URL to another server unless main’s dialog allows it, naming the destination', async () => {
    const home = await serve();
    const elsewhere = await serve();
    const main = boot(false);
    const profile = await main.ok('profiles.create', plainProfile(`${home.origin}/`));

    const refused = await send(main, plainDraft(profile.id, `${elsewhere.origin}/collect?k={{apiKey}}`));
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining(elsewhere.origin) } });
    expect(elsewhere.seen).toEqual([]);
    expect(main.dialogs.asked).toEqual([
      { kind: 'confirm', request: expect.objectContaining({ message: expect.stringContaining(elsewhere.origin) }) },
    ]);

    // To its own origin no question is asked.
    expect(await send(main, plainDraft(profile.id, `${home.origin}/ok?k={{apiKey}}`))).toMatchObject({ ok: true });
    expect(main.dialogs.asked).toHaveLength(1);
    expect(home.seen[0]?.url).toBe(`/ok?k=${secret}`);
    expect(everything(main)).not.toContain(secret);
  });

  it('remembers an origin the user allowed, and still masks what that server echoes back', async () => {
    const home = await serve();
    const elsewhere = await serve();
    const main = boot(true);
    const profile = await main.ok('profiles.create', plainProfile(`${home.origin}/`));
    for (let round = 0; round < 2; round += 1)
      expect(await send(main, plainDraft(profile.id, `${elsewhere.origin}/x?k={{apiKey}}`))).toMatchObject({
        ok: true,
      });
    expect(elsewhere.seen).toHaveLength(2);
    expect(main.dialogs.asked).toHaveLength(1);
    expect(everything(main)).not.toContain(secret);
  });

  it('refuses an APSIS custom path that is an absolute URL to another origin: no Basic header leaves', async () => {
    const home = await serve();
    const elsewhere = await serve();
    const main = boot(false);
    const profile = await main.ok('profiles.create', {
      providerId: 'apsis',
      name: 'APSIS prod',
      baseUrl: `${home.origin}/`,
      environment: 'live',
      fields: { region: 'custom' },
      secrets: { apiKey: secret },
      variables: [],
      notes: '',
    });
    const draft: RequestDraft = {
      ...emptyDraft('apsis'),
      profileId: profile.id,
      provider: { endpointId: null, path: `${elsewhere.origin}/v1/steal`, method: 'GET', params: {} },
    };
    expect(await send(main, draft)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Not sent') },
    });
    expect(elsewhere.seen).toEqual([]);
  });

  it('asks in main before a profile with secrets changes its base URL origin or turns TLS off', async () => {
    const main = boot(false);
    const profile = await main.ok('profiles.create', plainProfile('https://api.example.com/'));
    expect(
      await main.call('profiles.update', { id: profile.id, patch: { baseUrl: 'https://evil.example/' } }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('https://evil.example') } });
    expect(await main.call('profiles.update', { id: profile.id, patch: { tlsVerify: false } })).toMatchObject({
      ok: false,
    });
    expect(await main.call('settings.update', { proxyUrl: 'http://127.0.0.1:9/' })).toMatchObject({ ok: false });
    expect(main.services.vault.get(profile.id)).toMatchObject({ baseUrl: 'https://api.example.com/', tlsVerify: true });
    // The same origin, another path: nothing to ask.
    expect(
      await main.call('profiles.update', { id: profile.id, patch: { baseUrl: 'https://api.example.com/v2/' } }),
    ).toMatchObject({ ok: true });
    expect(main.dialogs.asked.map((asked) => asked.kind)).toEqual(['confirm', 'confirm', 'confirm']);
  });
});

describe("APSIS's region decides where the key goes, so changing it is asked in main", () => {
  const apsisProfile = (region: string, baseUrl = 'https://se.api.anpdm.com:8443/'): ProfileInput => ({
    providerId: 'apsis',
    name: 'APSIS prod',
    baseUrl,
    environment: 'live',
    fields: { region },
    secrets: { apiKey: alnum },
    variables: [],
    notes: '',
  });

  it('refuses a region change the user does not confirm, naming the new host; nothing is stored', async () => {
    const main = boot(false);
    const profile = await main.ok('profiles.create', apsisProfile('eu'));
    const refused = await main.call('profiles.update', { id: profile.id, patch: { fields: { region: 'apac' } } });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('https://se.api.anpasia.com:8443') },
    });
    expect(main.dialogs.asked).toEqual([
      { kind: 'confirm', request: expect.objectContaining({ detail: expect.stringContaining('se.api.anpasia.com') }) },
    ]);
    expect(main.services.vault.get(profile.id)?.fields).toEqual({ region: 'eu' });

    // Custom → a region moves the key from the profile's own server to APSIS's host: asked as well.
    const custom = await main.ok('profiles.create', { ...apsisProfile('custom', 'http://127.0.0.1:9/'), name: 'Own' });
    expect(await main.call('profiles.update', { id: custom.id, patch: { fields: { region: 'eu' } } })).toMatchObject({
      ok: false,
    });
    expect(main.dialogs.asked).toHaveLength(2);
  });

  it('applies a confirmed region change, and asks nothing when the key stays where it was', async () => {
    const main = boot(true);
    const profile = await main.ok('profiles.create', apsisProfile('eu'));
    // With a region, the base URL is not where the key goes: editing it moves nothing.
    await main.ok('profiles.update', { id: profile.id, patch: { baseUrl: 'https://elsewhere.example/' } });
    expect(main.dialogs.asked).toEqual([]);
    await main.ok('profiles.update', { id: profile.id, patch: { fields: { region: 'apac' } } });
    expect(main.dialogs.asked).toHaveLength(1);
    expect(main.services.vault.get(profile.id)?.fields).toEqual({ region: 'apac' });
  });
});

describe('derived secrets never come back', () => {
  it("masks wbTeamPro's password hash in the final URL and every redirect hop, in replies and on disk", async () => {
    const server = await serve((request, response) => {
      if (!request.url?.includes('hop=1')) {
        response.statusCode = 302;
        response.setHeader('location', `${request.url}&hop=1`);
        response.end();
        return;
      }
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ request: { code: 200, url: request.url }, response: {} }));
    });
    const main = boot(false);
    const profile = await main.ok('profiles.create', {
      providerId: 'wbteampro',
      name: 'Billing',
      baseUrl: `${server.origin}/`,
      environment: 'live',
      fields: { username: 'admin', urlStyle: 'direct', format: 'json' },
      secrets: { password: secret },
      variables: [],
      notes: '',
    });
    const outcome = await main.ok('request.send', {
      requestId: randomUUID(),
      draft: { ...emptyDraft('wbteampro'), profileId: profile.id, provider: { endpointId: 'getConfig', params: {} } },
      title: 'Config',
      confirmRisk: false,
    });
    const md5 = createHash('md5').update(secret).digest('hex');
    expect(server.seen.at(-1)?.url).toContain(`password=${md5}`);
    expect(outcome.response?.redirects).toHaveLength(1);
    expect(outcome.response?.url).toContain('password=••••');
    await main.ok('history.list', {});
    await main.ok('history.get', { id: outcome.historyId ?? '' });
    expect(everything(main)).not.toContain(md5);
    expect(everything(main)).not.toContain(secret);
  });

  it('masks the webCRM tokens Auth/ApiLogin returns, in the reply, the stored body and history', async () => {
    const token = randomUUID();
    const accessToken = `AT-${randomUUID()}`;
    const refreshToken = `RT-${randomUUID()}`;
    const server = await serve((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ AccessToken: accessToken, RefreshToken: refreshToken, ExpiresIn: 3600 }));
    });
    const main = boot(false);
    const profile = await main.ok('profiles.create', {
      providerId: 'webcrm',
      name: 'CRM',
      baseUrl: `${server.origin}/`,
      environment: 'live',
      fields: {},
      secrets: { applicationToken: token },
      variables: [],
      notes: '',
    });
    const outcome = await main.ok('request.send', {
      requestId: randomUUID(),
      draft: {
        ...emptyDraft('webcrm'),
        profileId: profile.id,
        provider: { endpointId: 'AuthApiLoginPost', params: {} },
      },
      title: 'Login',
      confirmRisk: false,
    });
    expect(server.seen[0]?.body).toContain(token);
    await main.ok('response.body.read', { responseId: outcome.response?.id ?? '', offset: 0, length: 65536 });
    await main.ok('history.get', { id: outcome.historyId ?? '' });
    for (const value of [accessToken, refreshToken, token]) expect(everything(main)).not.toContain(value);
  });
});

describe('redirects do not carry credentials away', () => {
  it("stops at a redirect to another origin: APWT's headers and the Client API's form body stay home", async () => {
    const elsewhere = await serve();
    const home = await serve((_request, response) => {
      response.statusCode = 307;
      response.setHeader('location', `${elsewhere.origin}/landing`);
      response.end();
    });
    const main = boot(false);
    const apwt = await main.ok('profiles.create', {
      providerId: 'apwt',
      name: 'Shop',
      baseUrl: `${home.origin}/`,
      environment: 'live',
      fields: {},
      secrets: { apiKey: alnum, apiAuth: `${alnum}auth` },
      variables: [],
      notes: '',
    });
    const clientApi = await main.ok('profiles.create', {
      providerId: 'whmcs-clientapi',
      name: 'Clients',
      baseUrl: `${home.origin}/`,
      environment: 'live',
      fields: {},
      secrets: { apikey: secret },
      variables: [],
      notes: '',
    });
    for (const [profileId, sandbox, endpointId] of [
      [apwt.id, 'apwt', 'signupboxes.list'],
      [clientApi.id, 'whmcs-clientapi', 'client/getdetails'],
    ] as const) {
      const outcome = await main.ok('request.send', {
        requestId: randomUUID(),
        draft: { ...emptyDraft(sandbox), profileId, provider: { endpointId, params: {} } },
        title: 'Redirected',
        confirmRisk: false,
      });
      expect(outcome.response?.status).toBe(307);
      expect(outcome.warnings.join(' ')).toContain('did not follow');
    }
    expect(home.seen).toHaveLength(2);
    expect(elsewhere.seen).toEqual([]);
    expect(everything(main)).not.toContain(secret);
    expect(everything(main)).not.toContain(alnum);
  });
});
