/**
 * wbTeamPro credentials: `username` (the profile's admin) and `password` = MD5 of the admin's password,
 * added to the query string of every call. The hash is derived here, in main, and reported as sensitive.
 */
import { createHash } from 'node:crypto';
import { readEnvelope } from '../../../shared/providers/wbteampro/envelope';
import type { AuthLockout, ProviderAuth } from '../types';

export function md5Hex(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

/** Appends to the URL's query, keeping what the builder wrote (brackets, dots) byte for byte. */
function withQuery(url: string, pairs: readonly (readonly [string, string])[]): string {
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const added = pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  return `${base}${base.includes('?') ? '&' : '?'}${added}`;
}

/** The server bans the client IP on the third failed login in a row, whichever admin tried. */
export const wbteamproLockout: AuthLockout = {
  threshold: 2,
  scope: 'origin',
  risk: 'A third failure bans this IP on the server.',
};

export const wbteamproAuth: ProviderAuth<'wbteampro'> = {
  id: 'wbteampro',
  lockout: wbteamproLockout,

  async apply(request, context) {
    const username = context.profile.fields.username ?? '';
    const password = context.secrets.password ?? '';
    // In a preview the "password" is a mask: show the mask where the hash would go, hash nothing.
    const hash = context.preview ? password : md5Hex(password);
    return {
      request: {
        ...request,
        url: withQuery(request.url, [
          ['username', username],
          ['password', hash],
        ]),
      },
      sensitive: context.preview ? [] : [hash, password].filter((value) => value !== ''),
    };
  },

  isAuthFailure(response) {
    const read = readEnvelope(response.bodyText);
    if (!read.ok) return false;
    const code = read.envelope.request.code ?? response.status;
    return code === 401;
  },

  connectionTest: { endpointId: 'getConfig', params: {} },
};
