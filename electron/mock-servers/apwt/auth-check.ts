/** The mock's credential check: which header set a request carries and whether it matches the account. */
import type http from 'node:http';
import type { ApwtState, ApwtUser } from './data';

export type Level = 'account' | 'user' | 'any';

export type AuthOutcome =
  { readonly ok: true; readonly user: ApwtUser | null } | { readonly ok: false; readonly msg: string };

const header = (headers: http.IncomingHttpHeaders, name: string): string => {
  const value = headers[name.toLowerCase()];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

function checkAccount(state: ApwtState, headers: http.IncomingHttpHeaders): AuthOutcome {
  const key = header(headers, 'Apwt-Apikey');
  const auth = header(headers, 'Apwt-Apiauth');
  if (!key || !auth) return { ok: false, msg: 'Missing authentication: send the Apwt-Apikey and Apwt-Apiauth headers' };
  if (key !== state.account.apiKey || auth !== state.account.apiAuth)
    return { ok: false, msg: 'Invalid API credentials: Apwt-Apikey / Apwt-Apiauth not recognised' };
  return { ok: true, user: null };
}

function checkUser(state: ApwtState, headers: http.IncomingHttpHeaders): AuthOutcome {
  const user = header(headers, 'Apwt-User');
  const password = header(headers, 'Apwt-Password');
  const supportCode = header(headers, 'Apwt-Support-Code');
  if (!user || !password || !supportCode)
    return {
      ok: false,
      msg: 'Missing authentication: send the Apwt-User, Apwt-Password and Apwt-Support-Code headers',
    };
  const found = state.users.find((candidate) => candidate.user === user && candidate.password === password);
  if (!found) return { ok: false, msg: 'Invalid user credentials: wrong user name or password' };
  if (found.supportCode !== supportCode) return { ok: false, msg: 'Invalid support code for this user' };
  return { ok: true, user: found };
}

export function checkCredentials(state: ApwtState, headers: http.IncomingHttpHeaders, level: Level): AuthOutcome {
  if (level === 'account') return checkAccount(state, headers);
  if (level === 'user') return checkUser(state, headers);
  // Calls open to both levels: whichever set the request carries (account first, as Parley sends it).
  return header(headers, 'Apwt-Apikey') ? checkAccount(state, headers) : checkUser(state, headers);
}
