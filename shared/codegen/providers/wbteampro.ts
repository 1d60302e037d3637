/**
 * wbTeamPro as code: the chain URL exactly as built (in the profile's URL style) with `username` and
 * `password` = MD5 of the admin password appended; the snippet computes the hash from the variable.
 */
import type { ProviderCodegen } from './types';

export const wbteamproCodegen: ProviderCodegen = {
  secretEnv: { password: { name: 'WBTEAMPRO_PASSWORD', description: 'wbTeamPro admin password (sent as its MD5)' } },
  authAsCode(request, context) {
    const hashAt = request.url.indexOf('#');
    const base = hashAt < 0 ? request.url : request.url.slice(0, hashAt);
    const username = encodeURIComponent(context.fields.username ?? '');
    // The hash is hex: appended as is, like main's auth does after encoding it.
    const url = `${base}${base.includes('?') ? '&' : '?'}username=${username}&password=${context.secretMd5('password')}`;
    return { request: { ...request, url } };
  },
};
