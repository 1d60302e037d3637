import { describe, expect, it } from 'vitest';
import { buildApwtRequest } from '../../../shared/providers/apwt/build';
import { systemClock } from '../../deps';
import { sendPlain, testProfile } from '../testing/send';
import { apwtAuth } from './auth';

const built = (endpointId: string, params: Record<string, unknown> = {}) => {
  const result = buildApwtRequest({ endpointId, params }, { baseUrl: 'https://acme.example.com/api', fields: {} });
  if (!result.ok) throw new Error('does not build');
  return result.request;
};
const context = (fields: Record<string, string>, secrets: Record<string, string>, preview = false) => ({
  profile: testProfile('apwt', 'https://acme.example.com/api', fields, Object.keys(secrets)),
  secrets,
  preview,
  send: sendPlain,
  clock: systemClock,
});

describe('APWT auth', () => {
  it('lists only secret values as sensitive, not the user name or support code', async () => {
    const applied = await apwtAuth.apply(
      built('users.list'),
      context({ user: 'john', supportCode: '220-4' }, { password: 'demo' }),
    );
    expect(applied.sensitive).toEqual(['demo']);
  });

  it('applies the masked placeholders in a preview', async () => {
    const applied = await apwtAuth.apply(
      built('orders.new', { email: 'a@example.com', order_amount: '1', invoice_num: '1' }),
      context({}, { apiKey: '••••', apiAuth: '••••' }, true),
    );
    expect(applied.request.headers).toEqual([
      ['Accept', 'application/json'],
      ['Apwt-Apikey', '••••'],
      ['Apwt-Apiauth', '••••'],
    ]);
  });

  it('prefers the account set for calls open to both levels', async () => {
    const applied = await apwtAuth.apply(
      built('signupboxes.list'),
      context({ user: 'john', supportCode: '220-4' }, { apiKey: 'k', apiAuth: 'a', password: 'p' }),
    );
    expect(applied.request.headers.map(([name]) => name)).toEqual(['Accept', 'Apwt-Apikey', 'Apwt-Apiauth']);
  });

  it('recognises refused credentials, JSON or the plain-text listener answer', () => {
    expect(
      apwtAuth.isAuthFailure({
        status: 200,
        headers: [],
        bodyText: '{"status":"error","msg":"Invalid API credentials: Apwt-Apikey / Apwt-Apiauth not recognised"}',
      }),
    ).toBe(true);
    expect(apwtAuth.isAuthFailure({ status: 200, headers: [], bodyText: 'API credentials not found' })).toBe(true);
    expect(
      apwtAuth.isAuthFailure({
        status: 200,
        headers: [],
        bodyText: '{"status":"error","msg":"Duplicate invoice_num"}',
      }),
    ).toBe(false);
  });
});
