import { describe, expect, it } from 'vitest';
import { buildWhmcsClientApiRequest } from '../../../shared/providers/whmcs-clientapi/build';
import { systemClock } from '../../deps';
import { sendPlain, testProfile } from '../testing/send';
import { whmcsClientApiAuth } from './auth';

const context = (apikey: string, preview = false) => ({
  profile: testProfile('whmcs-clientapi', 'https://portal.example.com', {}, ['apikey']),
  secrets: { apikey },
  preview,
  send: sendPlain,
  clock: systemClock,
});

describe('Client API auth', () => {
  it('puts the apikey right after m=clientapi in a GET query too', async () => {
    const built = buildWhmcsClientApiRequest(
      { endpointId: 'client/getdetails', params: {}, options: { transport: 'get' } },
      { baseUrl: 'https://portal.example.com', fields: {} },
    );
    if (!built.ok) throw new Error('does not build');
    const applied = await whmcsClientApiAuth.apply(built.request, context('key with space&more'));
    expect([...new URL(applied.request.url).searchParams.keys()]).toEqual(['m', 'apikey', 'apimodule', 'apifunction']);
    // The encoded forms are what appear on the wire: they are redacted too.
    expect(applied.request.url).toContain('apikey=key+with+space%26more');
    expect(applied.sensitive).toEqual(['key with space&more', 'key+with+space%26more', 'key%20with%20space%26more']);
  });

  it('applies the masked placeholder in a preview', async () => {
    const built = buildWhmcsClientApiRequest(
      { endpointId: 'client/getdetails', params: {} },
      { baseUrl: 'https://portal.example.com', fields: {} },
    );
    if (!built.ok) throw new Error('does not build');
    const applied = await whmcsClientApiAuth.apply(built.request, context('••••', true));
    expect(applied.request.body.kind === 'form' && applied.request.body.fields[1]).toEqual({
      name: 'apikey',
      value: '••••',
    });
  });
});
