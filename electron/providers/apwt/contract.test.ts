/** Every APWT catalog entry and documented error, sent for real to the local mock. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apwtCatalog } from '../../../shared/providers/apwt/catalog';
import { apwtEncodings } from '../../../shared/providers/apwt/build';
import { apwtProvider } from '../../../shared/providers/apwt/definition';
import type { ProviderDraft } from '../../../shared/providers/types';
import { startApwtMock, type ApwtMock } from '../../mock-servers/apwt/server';
import { systemClock } from '../../deps';
import { exchange, sendPlain, testProfile } from '../testing/send';
import { apwtAuth } from './auth';

const demo = apwtProvider.demoProfile;
const validParams: Record<string, Record<string, unknown>> = {
  'signupboxes.get': { boxid: 2 },
  'orders.new': {
    email: 'john.doe@example.com',
    order_amount: '117.45',
    invoice_num: '100',
    state: 'FL',
    external_pdf: 'https://example.com/100.pdf',
  },
  'tasking.add': { title: 'Call the supplier', due_date: '2026-12-01' },
  'timecards.punch': { action: 'in' },
  'crm.get': { contactid: 1 },
  'crm.add': { email: 'new.lead@example.com', firstname: 'New' },
  'chat.send': { channel: 'sms', to: '800-555-0101', message: 'Hello' },
  'email.send': { to: 'jane@example.com', subject: 'Hi', body: 'Hello Jane' },
  'notifications.set': { setting: 'chat_message', enabled: true },
};

let mock: ApwtMock;
beforeAll(async () => {
  mock = await startApwtMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

function send(
  draft: ProviderDraft,
  fields: Record<string, string> = demo.fields,
  secrets: Record<string, string> = demo.secrets,
) {
  return exchange(apwtAuth, testProfile('apwt', mock.baseUrl, fields, Object.keys(secrets)), secrets, draft);
}

describe('AllProWebTools against its mock', () => {
  it.each(apwtCatalog.flatMap((entry) => apwtEncodings.map((encoding) => [entry.id, encoding] as const)))(
    '%s succeeds with the demo credentials, sent %s',
    async (id, encoding) => {
      const { interpretation, request } = await send({
        endpointId: id,
        params: validParams[id] ?? {},
        options: { encoding },
      });
      expect(request.body.kind).toBe({ urlencoded: 'form', multipart: 'multipart', query: 'none' }[encoding]);
      expect(interpretation).toMatchObject({ outcome: 'ok' });
    },
  );

  it('sends the account headers for New Orders and the user headers for user calls, never the internal mark', async () => {
    const order = await send({ endpointId: 'orders.new', params: validParams['orders.new'] ?? {} });
    expect(order.request.headers.map(([name]) => name)).toEqual(['Accept', 'Apwt-Apikey', 'Apwt-Apiauth']);
    const users = await send({ endpointId: 'users.list', params: {} });
    expect(users.request.headers).toEqual([
      ['Accept', 'application/json'],
      ['Apwt-User', 'john'],
      ['Apwt-Password', 'demo'],
      ['Apwt-Support-Code', '220-4'],
    ]);
    expect(users.interpretation.tables?.[0]?.rows.map((row) => row.user)).toEqual(['john', 'mary']);
  });

  it('delivers parameters as urlencoded, multipart and query alike', async () => {
    for (const encoding of ['urlencoded', 'multipart', 'query']) {
      const { interpretation, response } = await send({
        endpointId: 'signupboxes.get',
        params: { boxid: 3 },
        options: { encoding },
      });
      expect(interpretation.outcome).toBe('ok');
      expect(JSON.parse(response.bodyText).box.name).toBe('Webinar registration');
    }
  });

  it('shows the msg of an HTTP 200 status:error for bad credentials and counts it as an auth failure', async () => {
    const { interpretation, response } = await send(
      { endpointId: 'orders.new', params: validParams['orders.new'] ?? {} },
      demo.fields,
      { ...demo.secrets, apiAuth: 'wrong' },
    );
    expect(response.status).toBe(200);
    expect(interpretation).toMatchObject({
      outcome: 'error',
      summary: 'Invalid API credentials: Apwt-Apikey / Apwt-Apiauth not recognised',
    });
    expect(apwtAuth.isAuthFailure(response)).toBe(true);
    const wrongCode = await send({ endpointId: 'company.info', params: {} }, { user: 'john', supportCode: '220-9' });
    expect(wrongCode.interpretation.summary).toBe('Invalid support code for this user');
  });

  it('says which profile fields to fill when the level a call needs is missing', async () => {
    await expect(
      send({ endpointId: 'orders.new', params: validParams['orders.new'] ?? {} }, demo.fields, { password: 'demo' }),
    ).rejects.toThrow(
      'This call needs account-level credentials (Apwt-Apikey + Apwt-Apiauth): fill API key, API auth in the profile.',
    );
    await expect(send({ endpointId: 'users.list', params: {} }, {}, { apiKey: 'k', apiAuth: 'a' })).rejects.toThrow(
      /fill User, Password, Support code/,
    );
    // Sign-up boxes take either set: a user-only profile lists them.
    const userOnly = await send({ endpointId: 'signupboxes.list', params: {} }, demo.fields, { password: 'demo' });
    expect(userOnly.interpretation.summary).toBe('status "ok": 3 boxes');
  });

  it("shows the server's msg for order data it refuses", async () => {
    const duplicate = await send({
      endpointId: 'orders.new',
      params: { email: 'a@example.com', order_amount: '1.00', invoice_num: '98' },
    });
    expect(duplicate.interpretation).toMatchObject({
      outcome: 'error',
      summary: 'Duplicate invoice_num: invoice 98 already exists',
    });
    // A custom draft skips Parley's checks, so the server's own validation shows.
    const missing = await send({
      endpointId: null,
      path: 'neworder.php',
      params: { email: 'a@example.com' },
      options: { authLevel: 'account' },
    });
    expect(missing.interpretation.summary).toBe('Missing required fields: order_amount, invoice_num');
    const badState = await send({
      endpointId: null,
      path: 'neworder.php',
      params: { email: 'a@example.com', order_amount: '5', invoice_num: '7', state: 'Florida' },
      options: { authLevel: 'account' },
    });
    expect(badState.interpretation.summary).toBe('Invalid state: Florida (use the two letter format, e.g. FL)');
  });

  it('refuses a JSON body, which a PHP script cannot read as POST values', async () => {
    const profile = testProfile('apwt', mock.baseUrl, demo.fields, Object.keys(demo.secrets));
    const built = apwtProvider.buildRequest(
      { endpointId: 'orders.new', params: validParams['orders.new'] ?? {} },
      { baseUrl: mock.baseUrl, fields: {} },
    );
    if (!built.ok) throw new Error('does not build');
    const asJson = {
      ...built.request,
      body: { kind: 'json' as const, text: JSON.stringify(validParams['orders.new']) },
    };
    const applied = await apwtAuth.apply(asJson, {
      profile,
      secrets: demo.secrets,
      preview: false,
      send: sendPlain,
      clock: systemClock,
    });
    const response = await sendPlain(applied.request);
    const interpretation = apwtProvider.interpret({
      status: response.status,
      headers: response.headers,
      contentType: 'application/json',
      bodyText: response.bodyText,
      draft: { endpointId: 'orders.new', params: {} },
    });
    expect(interpretation).toMatchObject({
      outcome: 'error',
      summary: expect.stringMatching(/^Unsupported Content-Type application\/json: POST the values as a form/),
    });
  });

  it('reports a suspended account and an unknown path with their messages', async () => {
    mock.faults.accountSuspended = true;
    expect((await send({ endpointId: 'company.info', params: {} })).interpretation.summary).toContain(
      'account is suspended',
    );
    mock.faults.accountSuspended = false;
    const unknown = await send({ endpointId: 'users.list', path: 'no-such-call.php', params: {} });
    expect(unknown.interpretation).toMatchObject({ outcome: 'error', summary: 'Unknown API call: /no-such-call.php' });
  });
});
