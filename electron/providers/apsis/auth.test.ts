import { describe, expect, it } from 'vitest';
import { systemClock } from '../../deps';
import { sendPlain, testProfile } from '../testing/send';
import { apsisAuth, apsisAuthorization } from './auth';

const request = {
  method: 'GET' as const,
  url: 'https://se.api.anpdm.com:8443/v1/filter/all',
  headers: [] as [string, string][],
  body: { kind: 'none' as const },
};
const context = (baseUrl: string, secrets: Record<string, string>, preview = false) => ({
  profile: testProfile('apsis', baseUrl, { region: 'eu' }, Object.keys(secrets)),
  secrets,
  preview,
  send: sendPlain,
  clock: systemClock,
});

describe('APSIS auth', () => {
  it('encodes the key with an empty password exactly as the docs show', () => {
    expect(apsisAuthorization('abc123')).toBe('Basic YWJjMTIzOg==');
  });

  it('applies the key as Basic auth and lists every derived string as sensitive', async () => {
    const applied = await apsisAuth.apply(request, context('', { apiKey: 'abc123' }));
    expect(applied.request.headers).toEqual([['Authorization', 'Basic YWJjMTIzOg==']]);
    expect(applied.sensitive).toEqual(['abc123', 'Basic YWJjMTIzOg==', 'YWJjMTIzOg==']);
  });

  it('takes the key from a key:@host base URL when the profile has no secret', async () => {
    const applied = await apsisAuth.apply(request, context('http://abc123:@se.api.anpdm.com', {}));
    expect(applied.request.headers).toEqual([['Authorization', 'Basic YWJjMTIzOg==']]);
  });

  it('never shows a key from the base URL in a preview', async () => {
    const applied = await apsisAuth.apply(request, context('http://abc123:@se.api.anpdm.com', {}, true));
    expect(JSON.stringify(applied.request)).not.toContain('YWJjMTIzOg');
    expect(applied.request.headers).toEqual([['Authorization', apsisAuthorization('••••')]]);
  });

  it('says where to find a key when there is none', async () => {
    await expect(apsisAuth.apply(request, context('https://se.api.anpdm.com', {}))).rejects.toThrow(
      /Account → Integrations/,
    );
  });
});
