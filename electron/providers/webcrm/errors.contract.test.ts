import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HttpRequestSpec } from '../../../shared/http/types';
import type { ProviderDraft } from '../../../shared/providers/types';
import { webcrmProvider } from '../../../shared/providers/webcrm/definition';
import { startWebcrmMock, type WebcrmMockHandle } from '../../mock-servers/webcrm/server';
import { systemClock } from '../../deps';
import { exchange, sendPlain, testProfile } from '../testing/send';
import { createWebcrmAuth } from './auth';

const demoToken = webcrmProvider.demoProfile.secrets.applicationToken ?? '';

describe('webCRM contract: documented errors reach the user with webCRM’s message', () => {
  let mock: WebcrmMockHandle;
  let auth = createWebcrmAuth();
  const profile = () => testProfile('webcrm', mock.baseUrl, {}, ['applicationToken']);
  const send = (draft: ProviderDraft, token = demoToken) =>
    exchange(auth, profile(), { applicationToken: token }, draft);
  /** For requests the builder itself refuses: authenticate a hand-made request and read the answer. */
  const sendRaw = async (request: HttpRequestSpec, draft: ProviderDraft) => {
    const context = {
      profile: profile(),
      secrets: { applicationToken: demoToken },
      preview: false,
      send: sendPlain,
      clock: systemClock,
    };
    const response = await sendPlain((await auth.apply(request, context)).request);
    const contentType = response.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
    return {
      response,
      interpretation: webcrmProvider.interpret({
        status: response.status,
        headers: response.headers,
        contentType,
        bodyText: response.bodyText,
        draft,
      }),
    };
  };

  beforeAll(async () => {
    mock = await startWebcrmMock();
  });
  afterAll(() => mock.close());
  beforeEach(() => {
    mock.reset();
    auth = createWebcrmAuth();
  });

  it('a wrong application token: the login call shows webCRM’s refusal, data calls fail with it', async () => {
    const login = await send({ endpointId: 'AuthApiLoginPost', params: {} }, '00000000-0000-0000-0000-000000000000');
    expect(login.interpretation.outcome).toBe('error');
    expect(login.interpretation.summary).toBe('The application token is not valid.');
    await expect(
      send({ endpointId: 'PersonsGet', params: {} }, '00000000-0000-0000-0000-000000000000'),
    ).rejects.toThrow(/login failed \(HTTP 400\): invalid_grant: The application token is not valid/);
  });

  it('the login call from the catalog returns a token with its lifetime, and the application token never leaves as typed by the user', async () => {
    const login = await send({ endpointId: 'AuthApiLoginPost', params: {} });
    expect(login.interpretation).toMatchObject({
      outcome: 'ok',
      summary: 'Access token issued, valid for 3600 seconds',
    });
    expect(login.request.body).toEqual({ kind: 'form', fields: [{ name: 'authCode', value: demoToken }] });
  });

  it('a missing required field and a page size over 1000: refused before sending, and by the mock with its message', async () => {
    const built = webcrmProvider.buildRequest(
      { endpointId: 'MeetingsGet', params: { userId: '1', Size: 5000 } },
      { baseUrl: mock.baseUrl, fields: {} },
    );
    expect(built).toEqual({
      ok: false,
      errors: [
        { param: 'from', message: 'from is required' },
        { param: 'to', message: 'to is required' },
        { param: 'Size', message: 'Size must be at most 1000 (webCRM returns at most 1000 rows a page)' },
      ],
    });
    const missing = await send({ endpointId: null, method: 'GET', path: '/Meetings', params: { userId: '1' } });
    expect(missing.interpretation).toMatchObject({ outcome: 'error', summary: 'The from field is required.' });
    const tooBig = await send({ endpointId: null, method: 'GET', path: '/Persons', params: { Size: '5000' } });
    expect(tooBig.interpretation).toMatchObject({
      outcome: 'error',
      summary: 'The field Size must be between 1 and 1000.',
    });
  });

  it('a body that is not JSON is refused as an unsupported media type', async () => {
    const draft: ProviderDraft = { endpointId: 'PersonsPost', params: {} };
    const { response, interpretation } = await sendRaw(
      {
        method: 'POST',
        url: `${mock.baseUrl}/Persons`,
        headers: [],
        body: { kind: 'text', text: 'PersonFirstName=Ann', contentType: 'text/plain' },
      },
      draft,
    );
    expect(response.status).toBe(415);
    expect(interpretation.summary).toMatch(/^Unsupported media type "text\/plain/);
  });

  it('250 requests a minute: the next one gets 429 with Retry-After and RetryAfterSeconds, shown with a hint', async () => {
    mock.faults.rateLimitPerMinute = 3;
    for (let i = 0; i < 3; i += 1)
      expect((await send({ endpointId: 'ProductsGet', params: {} })).response.status).toBe(200);
    const throttled = await send({ endpointId: 'ProductsGet', params: {} });
    expect(throttled.response.status).toBe(429);
    const retryAfter = Number(throttled.response.headers.find(([name]) => name === 'retry-after')?.[1]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(JSON.parse(throttled.response.bodyText)).toMatchObject({
      RetryAfterSeconds: retryAfter,
      Type: 'TooManyRequestsException',
    });
    expect(throttled.interpretation.summary).toBe(`The request was throttled. Retry after ${retryAfter} seconds.`);
    expect(throttled.interpretation.hints[0]).toContain(`retry after ${retryAfter} seconds`);
  });

  it('INSERT in /Queries: refused by the builder, and by webCRM (the mock) with its message', async () => {
    const script = "/* add */ insert into Person (PersonFirstName) values ('Ann')";
    const built = webcrmProvider.buildRequest(
      { endpointId: 'QueriesGet', params: { script } },
      { baseUrl: mock.baseUrl, fields: {} },
    );
    expect(built).toMatchObject({
      ok: false,
      errors: [{ param: 'script', message: "INSERT is not allowed: webCRM's /Queries runs any SQL except INSERT." }],
    });
    const { interpretation } = await sendRaw(
      {
        method: 'GET',
        url: `${mock.baseUrl}/Queries?script=${encodeURIComponent(script)}`,
        headers: [],
        body: { kind: 'none' },
      },
      { endpointId: 'QueriesGet', params: { script } },
    );
    expect(interpretation).toMatchObject({
      outcome: 'error',
      summary: 'INSERT statements are not allowed in queries.',
    });
  });

  it('custom-field rules: a checkbox takes "Yes"/"No", a list value must match its case', async () => {
    const checkbox = await send({
      endpointId: 'PersonsPost',
      params: { person: { PersonId: 0, PersonFirstName: 'Ann', PersonCustom1: 'yes' } },
    });
    expect(checkbox.interpretation.summary).toBe(
      'PersonCustom1 is a checkbox: the value must be "Yes" or "No", not "yes".',
    );
    const list = await send({
      endpointId: 'PersonsPost',
      params: { person: { PersonId: 0, PersonFirstName: 'Ann', PersonCustom2: 'gold' } },
    });
    expect(list.interpretation.summary).toBe(
      'PersonCustom2 must be one of the list values "Gold", "Silver", "Bronze" (case-sensitive), not "gold".',
    );
    const fine = await send({
      endpointId: 'PersonsPost',
      params: { person: { PersonId: 0, PersonFirstName: 'Ann', PersonCustom1: 'Yes', PersonCustom2: 'Gold' } },
    });
    expect(fine.interpretation).toMatchObject({ outcome: 'ok', summary: 'Done: id 1000' });
    const warned = webcrmProvider.buildRequest(
      { endpointId: 'PersonsPost', params: { person: '{"PersonCustom1":"true"}' } },
      { baseUrl: mock.baseUrl, fields: {} },
    );
    expect(warned).toMatchObject({
      ok: true,
      warnings: ['PersonCustom1 = "true": a checkbox custom field takes exactly "Yes" or "No".'],
    });
  });

  it('quotation lines: QuotationLineId must be 0, and linked data gives "Possible quotation not found" with a hint', async () => {
    const nonZero = await send({
      endpointId: 'QuotationLinesPost',
      params: { quotationLineDto: { QuotationLineId: 7 } },
    });
    expect(nonZero.interpretation.summary).toBe('QuotationLineId must be 0 when creating a quotation line.');
    mock.faults.quotationLinkedData = true;
    const linked = await send({
      endpointId: 'QuotationLinesPost',
      params: { quotationLineDto: { QuotationLineId: 0 } },
    });
    expect(linked.interpretation.summary).toBe('Possible quotation not found');
    expect(linked.interpretation.hints.join(' ')).toMatch(/QuotationLines\/LinkedData/);
  });

  it('an unknown id is a 404 with webCRM’s message', async () => {
    const missing = await send({ endpointId: 'PersonsByIdGet', params: { id: '99999' } });
    expect(missing.interpretation).toMatchObject({
      outcome: 'error',
      summary: 'Person with id 99999 was not found.',
      code: 'NotFoundException',
    });
  });

  it('a token the server no longer knows: one 401, a new login, and the caller sees the data', async () => {
    await send({ endpointId: 'PersonsGet', params: { Size: 1 } });
    mock.reset(); // forgets every issued token, like a revoked one
    const after = await send({ endpointId: 'PersonsGet', params: { Size: 2 } });
    expect(after.response.status).toBe(200);
    expect(JSON.parse(after.response.bodyText)).toHaveLength(2);
    expect(mock.tokenStats()).toMatchObject({ unauthorized: 1, logins: 1 });
  });

  it('bare-array lists page with Page/Size: next and previous are one click', async () => {
    const first = await send({ endpointId: 'PersonsGet', params: { Page: 1, Size: 50 } });
    expect(first.interpretation.pagination).toMatchObject({ page: 1, next: { params: { Page: 2, Size: 50 } } });
    const last = await send({ endpointId: 'PersonsGet', params: { Page: 3, Size: 50 } });
    expect(JSON.parse(last.response.bodyText)).toHaveLength(20);
    expect(last.interpretation.pagination).toMatchObject({
      page: 3,
      next: undefined,
      previous: { params: { Page: 2, Size: 50 } },
    });
    expect(last.interpretation.tables?.[0]?.rows).toHaveLength(20);
  });
  it('a body missing the keys the schema requires: the title and each field error of the RFC 7807 answer', async () => {
    const result = await send({ endpointId: 'PersonsPost', params: { person: {} } });
    expect(result.response.status).toBe(400);
    expect(result.interpretation).toMatchObject({
      outcome: 'error',
      summary: 'One or more validation errors occurred.',
    });
    expect(result.interpretation.hints).toContain('PersonId: The PersonId field is required.');
  });

  it('a 422 problem with title, detail and a validation list shows all three', async () => {
    await send({ endpointId: 'AuthGet', params: {} }); // signed in first, so the fault meets the data call
    mock.faults.failNext = {
      count: 1,
      response: {
        status: 422,
        headers: { 'content-type': 'application/problem+json' },
        body: JSON.stringify({
          title: 'Unprocessable entity',
          detail: 'The organisation is archived.',
          validation: [{ field: 'PersonOrganisationId', message: 'Organisation 7 is archived.' }],
        }),
      },
    };
    const result = await send({ endpointId: 'PersonsGet', params: {} });
    expect(result.interpretation.summary).toBe('Unprocessable entity — The organisation is archived.');
    expect(result.interpretation.hints).toContain('PersonOrganisationId: Organisation 7 is archived.');
  });

  it("a refused login keeps the server's own text", async () => {
    mock.faults.failNext = {
      count: 1,
      response: { status: 401, headers: { 'content-type': 'text/plain' }, body: 'Application token revoked by admin' },
    };
    await expect(send({ endpointId: 'PersonsGet', params: {} })).rejects.toThrow(
      'webCRM login failed (HTTP 401): Application token revoked by admin',
    );
  });

  it('a 401 from ApiRefresh opened from the catalog is the answer: no login, no resend, no expired-token warning', async () => {
    await send({ endpointId: 'PersonsGet', params: { Size: 1 } });
    const before = mock.requestCount();
    mock.faults.failNext = {
      count: 1,
      response: { status: 401, headers: { 'content-type': 'application/json' }, body: '{"Message":"Unauthorized"}' },
    };
    const refresh = await send({ endpointId: 'AuthApiRefreshPost', params: {} });
    expect(refresh.response.status).toBe(401);
    expect(mock.requestCount() - before).toBe(1);
    expect(refresh.warnings).toEqual([]);
    expect(refresh.interpretation.hints.join(' ')).toContain('The refresh token was refused');
    expect(refresh.interpretation.hints.join(' ')).not.toContain('access token');
  });
});
