/**
 * wbTeamPro: `api.php?action=v1.…` (or the path styles `api.php/v1/…`). The chain is kept as the draft's
 * path; the password travels as an MD5 hash, which is not the profile's password, so it is dropped.
 */
import { parsedUrl, type ProviderImport } from './types';

const marker = '/modules/addons/wbteampro';

export const wbteamproImport: ProviderImport = {
  recognise(call) {
    const url = parsedUrl(call.url);
    if (!url) return null;
    const at = url.pathname.indexOf('api.php');
    const action = url.searchParams.get('action') ?? '';
    if (at < 0 || !(/^v1[./]/.test(action) || /api\.php\/v1\//.test(url.pathname))) return null;
    const username = url.searchParams.get('username');
    const hashed = url.searchParams.has('password');
    const query = new URLSearchParams(
      [...url.searchParams].filter(([name]) => name !== 'username' && name !== 'password'),
    );
    const path = `${url.pathname.slice(at)}${query.size ? `?${query.toString()}` : ''}`;
    const addon = url.pathname.indexOf(marker);
    const root = addon >= 0 ? url.pathname.slice(0, addon) : url.pathname.slice(0, at).replace(/\/$/, '');
    return {
      provider: {
        endpointId: null,
        path,
        params: {},
        ...(call.method !== 'GET' ? { method: call.method } : {}),
      },
      baseUrl: `${url.origin}${root}`,
      secrets: [],
      fields: username ? { username } : ({} as Record<string, string>),
      notes: hashed
        ? ['The password in the URL is its MD5 hash: it is left out. Enter the password itself in the profile.']
        : [],
    };
  },
};
