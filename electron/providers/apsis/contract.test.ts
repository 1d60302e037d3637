/** Every APSIS catalog entry and every code of the Code ↔ HTTP table, sent for real to the local mock. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apsisCatalog, type ApsisEndpointSpec } from '../../../shared/providers/apsis/catalog';
import { apsisDemoKey, apsisProvider } from '../../../shared/providers/apsis/definition';
import type { ProviderDraft } from '../../../shared/providers/types';
import { startApsisMock, type ApsisMock } from '../../mock-servers/apsis/server';
import { exchange, sendPlain, testProfile, type Exchange } from '../testing/send';
import { apsisAuth } from './auth';

let mock: ApsisMock;
beforeAll(async () => {
  mock = await startApsisMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

function send(draft: ProviderDraft, key = apsisDemoKey, baseUrl = mock.baseUrl): Promise<Exchange> {
  return exchange(
    apsisAuth,
    testProfile('apsis', baseUrl, { region: 'custom' }, ['apiKey']),
    key ? { apiKey: key } : {},
    draft,
  );
}

/** The catalog's own examples make a valid call of every entry. */
function exampleDraft(entry: ApsisEndpointSpec): ProviderDraft {
  return {
    endpointId: entry.id,
    params: Object.fromEntries(entry.params.map((param) => [param.name, param.default ?? param.example])),
  };
}

/** Follows PollURL → DataUrl as the app does for the user. */
async function follow(first: Exchange): Promise<Exchange[]> {
  const steps: Exchange[] = [];
  let current = first;
  for (let hop = 0; current.interpretation.followUrl && hop < 10; hop += 1) {
    current = await send({ endpointId: null, method: 'GET', path: current.interpretation.followUrl, params: {} });
    steps.push(current);
  }
  return steps;
}

describe('APSIS Pro against its mock', () => {
  it('has all 111 URL shapes of the reference table, "Get mailing lists" among the popular ones', () => {
    expect(apsisCatalog).toHaveLength(111);
    expect(apsisCatalog.find((entry) => entry.name === 'Get mailing lists')).toMatchObject({
      popular: true,
      method: 'GET',
      path: '/v1/mailinglists/{pageNumber}/{pageSize}',
    });
  });

  it.each(apsisCatalog.map((entry) => [entry.id, entry] as const))(
    '%s answers Code 1 (queued calls complete and deliver their data)',
    async (_id, entry) => {
      mock.faults.queueDelayMs = 0;
      const first = await send(exampleDraft(entry));
      expect(first.response.status).toBe(200);
      if (entry.callType !== 'queued') {
        expect(first.interpretation.outcome).toBe('ok');
        return;
      }
      expect(first.interpretation).toMatchObject({
        outcome: 'pending',
        followUrl: expect.stringMatching(/\/queue\/.+\.json$/),
      });
      const steps = await follow(first);
      expect(steps.map((step) => step.interpretation.outcome)).toEqual(['ok', 'ok']);
      expect(steps[1]?.interpretation.summary).toMatch(/items? in the queued job's data/);
    },
  );

  it('pages through mailing lists with next and previous', async () => {
    const first = await send({
      endpointId: 'MailingList.getMailinglistsPaginated',
      params: { pageNumber: 1, pageSize: 10 },
    });
    expect(first.interpretation.pagination).toMatchObject({
      page: 1,
      pages: 3,
      total: 23,
      next: { params: { pageNumber: 2 } },
    });
    expect(first.interpretation.tables?.[0]?.rows).toHaveLength(10);
    const last = await send({
      endpointId: 'MailingList.getMailinglistsPaginated',
      params: { pageSize: 10, ...first.interpretation.pagination?.next?.params, pageNumber: 3 },
    });
    expect(last.interpretation.pagination).toMatchObject({ page: 3, previous: { params: { pageNumber: 2 } } });
    expect(last.interpretation.pagination?.next).toBeUndefined();
    expect(last.interpretation.tables?.[0]?.rows.map((row) => row.Id)).toEqual([21, 22, 23]);
  });

  it('reports a queued export as pending until the job completes, then hands over the DataUrl', async () => {
    mock.faults.queueDelayMs = 60_000;
    const queued = await send({
      endpointId: 'Subscriber.getAllSubscribers',
      params: { body: { AllDemographics: false, FieldNames: [] } },
    });
    const pollUrl = queued.interpretation.followUrl ?? '';
    const waiting = await send({ endpointId: null, method: 'GET', path: pollUrl, params: {} });
    expect(waiting.interpretation).toMatchObject({ outcome: 'pending', code: 'State 0', followUrl: pollUrl });
    mock.faults.queueDelayMs = 0;
    const done = await send({ endpointId: null, method: 'GET', path: pollUrl, params: {} });
    expect(done.interpretation).toMatchObject({
      outcome: 'ok',
      code: 'State 2',
      followUrl: expect.stringMatching(/\/data\//),
    });
    const data = await send({ endpointId: null, method: 'GET', path: done.interpretation.followUrl ?? '', params: {} });
    expect(data.interpretation.tables?.[0]?.rows).toHaveLength(40);
  });

  it('shows a failed queued job as an error', async () => {
    mock.faults.queueDelayMs = 0;
    mock.faults.queueFails = true;
    const [poll] = await follow(await send({ endpointId: 'MailingList.getAllMailingLists', params: {} }));
    expect(poll?.interpretation).toMatchObject({
      outcome: 'error',
      summary: 'Queued job error: The job failed on the server',
    });
  });

  it('-4 / 401: an unknown key, a key with foreign characters, a key not active yet', async () => {
    const unknown = await send({ endpointId: 'Filter.getAllFilters', params: {} }, 'no-such-key');
    expect(unknown.response.status).toBe(401);
    expect(unknown.interpretation).toMatchObject({
      outcome: 'error',
      code: -4,
      summary: 'Unauthorized: invalid API key',
    });
    expect(unknown.interpretation.hints.join(' ')).toContain('5 minutes');
    expect(apsisAuth.isAuthFailure(unknown.response)).toBe(true);
    expect(
      (await send({ endpointId: 'Filter.getAllFilters', params: {} }, 'key_with_underscore')).interpretation.summary,
    ).toContain('characters an APSIS key never has');
    mock.addKey('brand-new-key', 5 * 60_000);
    expect(
      (await send({ endpointId: 'Filter.getAllFilters', params: {} }, 'brand-new-key')).interpretation.summary,
    ).toContain('can take up to 5 minutes to activate');
  });

  it('-3 / 404 for an unknown URL and -8 / 405 for a known URL with the wrong verb', async () => {
    const missing = await send({ endpointId: null, path: '/v1/nothing/here', params: {} });
    expect(missing.interpretation).toMatchObject({ outcome: 'error', code: -3 });
    expect(missing.response.status).toBe(404);
    const wrongVerb = await send({ endpointId: null, method: 'DELETE', path: '/v1/mailinglists/1', params: {} });
    expect(wrongVerb.response.status).toBe(405);
    expect(wrongVerb.interpretation).toMatchObject({
      code: -8,
      summary: expect.stringContaining("does not support http method 'DELETE'"),
    });
  });

  it('-2 / 400 for invalid values the server checks', async () => {
    const noName = await send({
      endpointId: null,
      method: 'POST',
      path: '/v1/mailinglists/',
      params: { body: { Description: 'no name' } },
    });
    expect(noName.interpretation).toMatchObject({
      outcome: 'error',
      code: -2,
      summary: 'Validation error: Name, FromEmail are required.',
    });
    const tooBig = await send({ endpointId: null, path: '/v1/mailinglists/1/5000', params: {} });
    expect(tooBig.interpretation.summary).toBe('pageSize must be at most 1000.');
    const duplicate = await send({
      endpointId: 'Subscriber.createSubscriber',
      params: { mailingListId: 1, body: { Email: 'subscriber1@example.com' } },
    });
    expect(duplicate.interpretation.summary).toContain('already exists (use updateIfExists=true');
  });

  it('-7 for a body that is not JSON or not sent as JSON', async () => {
    const wrongType = await send({
      endpointId: 'MailingList.createMailinglist',
      params: { body: { Name: 'X', FromEmail: 'x@example.com' } },
      headers: [['Content-Type', 'text/plain']],
    });
    expect(wrongType.interpretation).toMatchObject({
      code: -7,
      summary: 'Bad request: the body must be sent as application/json (got text/plain).',
    });
    const profile = testProfile('apsis', mock.baseUrl, { region: 'custom' }, ['apiKey']);
    const context = {
      profile,
      secrets: { apiKey: apsisDemoKey },
      preview: false,
      send: sendPlain,
      clock: { now: () => Date.now() },
    };
    const broken = await apsisAuth.apply(
      {
        method: 'POST',
        url: `${mock.baseUrl}/v1/mailinglists/`,
        headers: [['Content-Type', 'application/json']],
        body: { kind: 'text', text: '{"Name": ' },
      },
      context,
    );
    const response = await sendPlain(broken.request);
    const interpretation = apsisProvider.interpret({
      status: response.status,
      headers: response.headers,
      contentType: 'application/json',
      bodyText: response.bodyText,
      draft: { endpointId: null, params: {} },
    });
    expect(interpretation).toMatchObject({
      code: -7,
      summary: 'Bad request: the request body could not be parsed as JSON.',
    });
  });

  it('-9 / 429 past the rate limit', async () => {
    mock.faults.rateLimitPerMinute = 2;
    await send({ endpointId: 'Filter.getAllFilters', params: {} });
    await send({ endpointId: 'Filter.getAllFilters', params: {} });
    const limited = await send({ endpointId: 'Filter.getAllFilters', params: {} });
    expect(limited.response.status).toBe(429);
    expect(limited.interpretation).toMatchObject({
      outcome: 'error',
      code: -9,
      summary: 'Rate Limit - too many requests: at most 2 requests per minute.',
    });
    expect(limited.interpretation.hints.join(' ')).toContain('60 requests a minute');
  });

  it.each([
    [-1, 500, 'Internal Server Error'],
    [-5, 503, 'Busy'],
    [-6, 503, 'API Disabled'],
  ] as const)('code %i / HTTP %i when the server says so', async (code, status, meaning) => {
    mock.faults.forceCode = code;
    const result = await send({ endpointId: 'Filter.getAllFilters', params: {} });
    expect(result.response.status).toBe(status);
    expect(result.interpretation).toMatchObject({ outcome: 'error', code, summary: expect.stringContaining(meaning) });
    expect(result.interpretation.hints.length).toBeGreaterThan(1);
  });

  it('accepts the documented key:@host base URL and moves the key into the Authorization header', async () => {
    const withKey = mock.baseUrl.replace('http://', `http://${apsisDemoKey}:@`);
    const built = apsisProvider.buildRequest(
      { endpointId: 'Filter.getAllFilters', params: {} },
      { baseUrl: withKey, fields: { region: 'custom' } },
    );
    expect(built.ok && built.warnings[0]).toContain('Authorization header');
    const result = await send({ endpointId: 'Filter.getAllFilters', params: {} }, '', withKey);
    expect(result.request.url).toBe(`${mock.baseUrl}/v1/filter/all`);
    expect(result.request.headers).toContainEqual([
      'Authorization',
      `Basic ${Buffer.from(`${apsisDemoKey}:`).toString('base64')}`,
    ]);
    expect(result.interpretation.tables?.[0]?.rows.map((row) => row.Name)).toEqual(['Stockholm', 'Not Malmö', 'Asia']);
  });
});

describe('APSIS mock as strict as the documents', () => {
  it('matches URL paths case-sensitively: a wrong-case path is -3 Not Found', async () => {
    const exact = await send({ endpointId: null, method: 'GET', path: '/accounts/v2/demographics', params: {} });
    expect(exact.interpretation.outcome).toBe('ok');
    const wrongCase = await send({ endpointId: null, method: 'GET', path: '/Accounts/V2/Demographics', params: {} });
    expect(wrongCase.interpretation).toMatchObject({ outcome: 'error', code: -3 });
  });

  it('answers XML when Accept asks for it, JSON otherwise', async () => {
    const profile = testProfile('apsis', mock.baseUrl, { region: 'custom' }, ['apiKey']);
    const draft = { endpointId: 'Account.getDemographicData', params: {} };
    const xml = await exchange(
      apsisAuth,
      profile,
      { apiKey: apsisDemoKey },
      {
        ...draft,
        headers: [['Accept', 'application/xml']],
      },
    );
    expect(xml.response.headers).toContainEqual(['content-type', 'application/xml; charset=utf-8']);
    expect(xml.response.bodyText).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><Response><Code>1<\/Code>/);
    const json = await exchange(apsisAuth, profile, { apiKey: apsisDemoKey }, draft);
    expect(JSON.parse(json.response.bodyText)).toMatchObject({ Code: 1 });
  });
});
