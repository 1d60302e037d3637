import { describe, expect, it } from 'vitest';
import { buildApwtRequest } from './build';
import { apwtAuthLevelHeader } from './credentials';

const profile = { baseUrl: 'https://acme.example.com/api/', fields: {} };
const order = { email: 'john.doe@example.com', order_amount: '6.55', invoice_num: '99' };

describe('APWT request building', () => {
  it('posts a new order as a urlencoded form marked for account-level credentials', () => {
    const built = buildApwtRequest({ endpointId: 'orders.new', params: { ...order, state: 'FL' } }, profile);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.request).toMatchObject({
      method: 'POST',
      url: 'https://acme.example.com/api/neworder.php',
      body: { kind: 'form' },
    });
    expect(built.request.headers).toContainEqual([apwtAuthLevelHeader, 'account']);
    expect(built.request.body.kind === 'form' && built.request.body.fields).toContainEqual({
      name: 'state',
      value: 'FL',
    });
  });

  it('names each missing required field and each malformed one', () => {
    const built = buildApwtRequest(
      {
        endpointId: 'orders.new',
        params: { email: 'john@example.com', order_amount: '12,50', state: 'Florida', external_pdf: 'invoice.pdf' },
      },
      profile,
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.map((e) => e.param)).toEqual(['order_amount', 'invoice_num', 'state', 'external_pdf']);
    expect(built.errors[0]?.message).toContain('decimal number such as 117.45');
  });

  it('requires boxid for a sign-up box', () => {
    const built = buildApwtRequest({ endpointId: 'signupboxes.get', params: {} }, profile);
    expect(!built.ok && built.errors[0]).toMatchObject({
      param: 'boxid',
      message: expect.stringContaining('boxid is required'),
    });
  });

  it('sends multipart or query parameters when the draft asks for them', () => {
    const multipart = buildApwtRequest(
      { endpointId: 'signupboxes.get', params: { boxid: 2 }, options: { encoding: 'multipart' } },
      profile,
    );
    expect(multipart.ok && multipart.request.body).toEqual({
      kind: 'multipart',
      parts: [{ name: 'boxid', value: '2' }],
    });
    const query = buildApwtRequest(
      { endpointId: 'signupboxes.get', params: { boxid: 2 }, options: { encoding: 'query' } },
      profile,
    );
    expect(query.ok && [query.request.method, query.request.url, query.request.body.kind]).toEqual([
      'GET',
      'https://acme.example.com/api/signupbox-get.php?boxid=2',
      'none',
    ]);
  });

  it("uses the profile's encoding unless the draft picks one", () => {
    const fromProfile = buildApwtRequest(
      { endpointId: 'signupboxes.list', params: {} },
      { ...profile, fields: { encoding: 'multipart' } },
    );
    expect(fromProfile.ok && fromProfile.request.body.kind).toBe('multipart');
    const fromDraft = buildApwtRequest(
      { endpointId: 'signupboxes.list', params: {}, options: { encoding: 'urlencoded' } },
      { ...profile, fields: { encoding: 'multipart' } },
    );
    expect(fromDraft.ok && fromDraft.request.body.kind).toBe('form');
  });

  it('takes an edited path for the calls whose URLs the docs hide', () => {
    const built = buildApwtRequest({ endpointId: 'users.list', path: 'v2/users.php', params: {} }, profile);
    expect(built.ok && built.request.url).toBe('https://acme.example.com/api/v2/users.php');
    expect(built.ok && built.request.headers).toContainEqual([apwtAuthLevelHeader, 'user']);
  });
});
