/** Every Client API catalog entry and documented error, sent for real to the local mock. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { whmcsClientApiCatalog } from '../../../shared/providers/whmcs-clientapi/catalog';
import { whmcsClientApiDemoKey, whmcsClientApiProvider } from '../../../shared/providers/whmcs-clientapi/definition';
import { disabledDemoKey } from '../../mock-servers/whmcs-clientapi/data';
import { startWhmcsClientApiMock, type WhmcsClientApiMock } from '../../mock-servers/whmcs-clientapi/server';
import { exchange, sendPlain, testProfile } from '../testing/send';
import { whmcsClientApiAuth } from './auth';

const validParams: Record<string, Record<string, unknown>> = {
  'cpanellicensing/order': {
    product: 'cPanel Pro',
    ip: '198.51.100.7',
    billingcycle: 'Quarterly',
    paymentgateway: 'paypal',
  },
};

let mock: WhmcsClientApiMock;
beforeAll(async () => {
  mock = await startWhmcsClientApiMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const send = (
  endpointId: string | null,
  params: Record<string, unknown> = {},
  apikey = whmcsClientApiDemoKey,
  options?: Record<string, string>,
) =>
  exchange(
    whmcsClientApiAuth,
    testProfile('whmcs-clientapi', mock.baseUrl, {}, ['apikey']),
    { apikey },
    { endpointId, params, ...(options ? { options } : {}) },
  );

describe('WHMCS Client API against its mock', () => {
  it.each(whmcsClientApiCatalog.flatMap((entry) => (['post', 'get'] as const).map((via) => [entry.id, via] as const)))(
    '%s succeeds with the demo key, sent as a %s',
    async (id, via) => {
      const { interpretation, request } = await send(id, validParams[id] ?? {}, whmcsClientApiDemoKey, {
        transport: via,
      });
      expect(request.body.kind).toBe(via === 'post' ? 'form' : 'none');
      expect(interpretation.outcome).toBe('ok');
      expect(interpretation.summary).not.toBe('');
    },
  );

  it('lists the products as rows and places an order that shows as Pending', async () => {
    const products = await send('cpanellicensing/products');
    expect(products.interpretation.summary).toBe('6 products found');
    expect(products.interpretation.tables?.[0]?.rows.map((row) => row.name)).toContain('cPanel Solo');
    const order = await send('cpanellicensing/order', {
      product: 'cPanel Solo',
      ip: '203.0.113.99',
      billingcycle: 'Monthly',
    });
    expect(JSON.parse(order.response.bodyText).data).toMatchObject({
      orderstatus: 'Pending',
      productactivated: 'success',
    });
  });

  it('works over GET as well as POST', async () => {
    const { request, interpretation } = await send('client/getdetails', {}, whmcsClientApiDemoKey, {
      transport: 'get',
    });
    expect(request.method).toBe('GET');
    expect(interpretation.summary).toBe('successfully retrieved client details');
  });

  it('shows the API message for a wrong key, a disabled API and an unknown function', async () => {
    expect((await send('client/getdetails', {}, 'not-a-real-key')).interpretation).toMatchObject({
      outcome: 'error',
      summary: 'invalid apikey',
    });
    expect((await send('client/getdetails', {}, disabledDemoKey)).interpretation.summary).toBe(
      'API access is not enabled for this account',
    );
    expect((await send(null, { apimodule: 'client', apifunction: 'invoices' })).interpretation.summary).toBe(
      'invalid apifunction: invoices',
    );
    expect(whmcsClientApiAuth.isAuthFailure((await send('client/getdetails', {}, 'nope')).response)).toBe(true);
  });

  it('shows the server message for order fields the server refuses', async () => {
    const wrongProduct = await send('cpanellicensing/order', {
      product: 'Plesk',
      ip: '203.0.113.5',
      billingcycle: 'Monthly',
    });
    expect(wrongProduct.interpretation).toMatchObject({
      outcome: 'error',
      summary: 'invalid product: Plesk (see cpanellicensing/products)',
    });
    const wrongGateway = await send('cpanellicensing/order', {
      product: 'cPanel Solo',
      ip: '203.0.113.5',
      billingcycle: 'Monthly',
      paymentgateway: 'bitcoin',
    });
    expect(wrongGateway.interpretation.summary).toContain('invalid paymentgateway: bitcoin');
  });

  it('refuses to build an order without its required fields, naming them', () => {
    const built = whmcsClientApiProvider.buildRequest(
      { endpointId: 'cpanellicensing/order', params: { product: 'cPanel Solo' } },
      { baseUrl: mock.baseUrl, fields: {} },
    );
    expect(!built.ok && built.errors.map((error) => error.param)).toEqual(['ip', 'billingcycle']);
  });

  it('answers exactly application/json by default, as the documented client demands, and warns when a portal adds a charset', async () => {
    const plain = await send('client/getdetails');
    expect(plain.response.headers).toContainEqual(['content-type', 'application/json']);
    expect(plain.interpretation.hints).toEqual([]);
    mock.faults.contentType = 'application/json; charset=utf-8';
    const withCharset = await send('client/getdetails');
    expect(withCharset.interpretation.outcome).toBe('ok');
    expect(withCharset.interpretation.hints).toEqual([
      expect.stringContaining(
        'The server sent Content-Type "application/json; charset=utf-8", not exactly "application/json"',
      ),
    ]);
  });

  it('reports an HTML page as "not JSON" with what came instead', async () => {
    mock.faults.htmlInsteadOfJson = true;
    const { interpretation } = await send('client/getdetails');
    expect(interpretation.outcome).toBe('error');
    expect(interpretation.summary).toMatch(
      /not JSON: HTTP 200 with text\/html instead of application\/json — Client Area - Login/,
    );
  });

  it('answers a JSON body with the client area page (PHP sees no m=clientapi), reported as not JSON', async () => {
    const body = JSON.stringify({
      m: 'clientapi',
      apikey: whmcsClientApiDemoKey,
      apimodule: 'client',
      apifunction: 'getdetails',
    });
    const response = await sendPlain({
      method: 'POST',
      url: `${mock.baseUrl}/index.php`,
      headers: [['Content-Type', 'application/json']],
      body: { kind: 'json', text: body },
    });
    const contentType = response.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
    const interpretation = whmcsClientApiProvider.interpret({
      status: response.status,
      headers: response.headers,
      contentType,
      bodyText: response.bodyText,
      draft: { endpointId: 'client/getdetails', params: {} },
    });
    expect(interpretation.summary).toContain('text/html instead of application/json');
  });

  it('never puts the key anywhere but the apikey field, and refuses a profile without one', async () => {
    const { request } = await send('client/getdetails');
    expect(request.body.kind === 'form' && request.body.fields.slice(0, 2)).toEqual([
      { name: 'm', value: 'clientapi' },
      { name: 'apikey', value: whmcsClientApiDemoKey },
    ]);
    await expect(send('client/getdetails', {}, '')).rejects.toThrow(/no API key/);
  });
});
