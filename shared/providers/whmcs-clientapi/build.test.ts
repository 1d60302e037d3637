import { describe, expect, it } from 'vitest';
import { buildWhmcsClientApiRequest } from './build';

const profile = { baseUrl: 'https://customer.example.com/', fields: {} };

describe('Client API request building', () => {
  it('posts m=clientapi, apimodule and apifunction to index.php as a form', () => {
    const built = buildWhmcsClientApiRequest({ endpointId: 'client/getdetails', params: {} }, profile);
    expect(built.ok && built.request).toMatchObject({
      method: 'POST',
      url: 'https://customer.example.com/index.php',
      body: {
        kind: 'form',
        fields: [
          { name: 'm', value: 'clientapi' },
          { name: 'apimodule', value: 'client' },
          { name: 'apifunction', value: 'getdetails' },
        ],
      },
    });
  });

  it('names every missing required order field and a bad billing cycle', () => {
    const built = buildWhmcsClientApiRequest(
      { endpointId: 'cpanellicensing/order', params: { product: 'cPanel Solo', billingcycle: 'Weekly' } },
      profile,
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.map((e) => e.param)).toEqual(['ip', 'billingcycle']);
    expect(built.errors[1]?.message).toContain('Monthly, Quarterly, Semi-Annually');
  });

  it('sends the fields as a query, with a warning, when GET is chosen', () => {
    const built = buildWhmcsClientApiRequest(
      { endpointId: 'cpanellicensing/products', params: {}, options: { transport: 'get' } },
      profile,
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.request.method).toBe('GET');
    expect(new URL(built.request.url).searchParams.get('apimodule')).toBe('cpanellicensing');
    expect(built.warnings[0]).toMatch(/recommends POST/);
  });

  it('lets a custom call name its module and function', () => {
    const missing = buildWhmcsClientApiRequest({ endpointId: null, params: { apimodule: 'client' } }, profile);
    expect(!missing.ok && missing.errors[0]?.param).toBe('apifunction');
    const custom = buildWhmcsClientApiRequest(
      {
        endpointId: null,
        path: 'whmcs/index.php',
        params: { apimodule: 'client', apifunction: 'invoices', status: 'Unpaid' },
      },
      profile,
    );
    expect(custom.ok && custom.request.url).toBe('https://customer.example.com/whmcs/index.php');
    expect(custom.ok && custom.request.body).toMatchObject({
      fields: [
        { name: 'm' },
        { name: 'apimodule', value: 'client' },
        { name: 'apifunction', value: 'invoices' },
        { name: 'status', value: 'Unpaid' },
      ],
    });
  });
});
