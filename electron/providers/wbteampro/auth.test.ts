import { describe, expect, it } from 'vitest';
import { systemClock } from '../../deps';
import { sendPlain, testProfile } from '../testing/send';
import { md5Hex, wbteamproAuth } from './auth';

const profile = testProfile('wbteampro', 'https://billing.example.com', { username: 'admin user' }, ['password']);
const request = {
  method: 'GET' as const,
  url: 'https://billing.example.com/modules/addons/wbteampro/api.php?action=v1.projects.json&params[limit]=5',
  headers: [],
  body: { kind: 'none' as const },
};
const context = (preview: boolean, password: string) => ({
  profile,
  secrets: { password },
  preview,
  send: sendPlain,
  clock: systemClock,
});

describe('wbTeamPro credentials', () => {
  it('sends the username and the MD5 of the password, and reports both secrets as sensitive', async () => {
    const applied = await wbteamproAuth.apply(request, context(false, 'S3cret pass'));
    const hash = md5Hex('S3cret pass');
    expect(applied.request.url).toBe(`${request.url}&username=admin%20user&password=${hash}`);
    expect(applied.sensitive).toEqual([hash, 'S3cret pass']);
    expect(applied.request.url).not.toContain('S3cret');
  });

  it('in a preview shows the mask where the hash goes and hashes nothing', async () => {
    const applied = await wbteamproAuth.apply(request, context(true, '••••'));
    expect(applied.request.url).toContain(`password=${encodeURIComponent('••••')}`);
    expect(applied.sensitive).toEqual([]);
  });

  it('knows the MD5 the reference means (hex of the UTF-8 password)', () => {
    expect(md5Hex('password')).toBe('5f4dcc3b5aa765d61d8327deb882cf99');
  });

  it('counts a 401 envelope as a failed login, in JSON and XML, and nothing else', () => {
    const json = (code: number) =>
      JSON.stringify({ request: { code, message: code === 200 ? 'Success' : 'Error' }, response: {} });
    expect(wbteamproAuth.isAuthFailure({ status: 401, headers: [], bodyText: json(401) })).toBe(true);
    expect(
      wbteamproAuth.isAuthFailure({
        status: 401,
        headers: [],
        bodyText: '<wbteampro><request><code>401</code><message>Error</message></request><response/></wbteampro>',
      }),
    ).toBe(true);
    expect(wbteamproAuth.isAuthFailure({ status: 200, headers: [], bodyText: json(200) })).toBe(false);
    expect(wbteamproAuth.isAuthFailure({ status: 404, headers: [], bodyText: json(404) })).toBe(false);
    expect(wbteamproAuth.isAuthFailure({ status: 401, headers: [], bodyText: '<html>Unauthorized</html>' })).toBe(
      false,
    );
  });
});
