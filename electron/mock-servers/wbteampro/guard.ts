/**
 * The mock's login check: a WHMCS admin with the MD5 of their password, and the documented ban of a
 * client IP after 3 failed logins. A banned client is refused even with the right credentials.
 */
import { createHash } from 'node:crypto';

export interface MockAdmin {
  readonly username: string;
  readonly password: string;
}

export type LoginVerdict =
  { readonly ok: true } | { readonly ok: false; readonly code: 401 | 403; readonly message: string };

export interface LoginGuard {
  check(ip: string, username: string | undefined, passwordHash: string | undefined): LoginVerdict;
  /** Lifts every ban and forgets failed attempts. */
  clear(): void;
  failures(ip: string): number;
}

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

/** `banAfter` is read on every check so tests can change it (0 turns banning off). */
export function createLoginGuard(admins: readonly MockAdmin[], banAfter: () => number): LoginGuard {
  const failed = new Map<string, number>();
  return {
    check(ip, username, passwordHash) {
      const limit = banAfter();
      const count = failed.get(ip) ?? 0;
      if (limit > 0 && count >= limit) {
        return {
          ok: false,
          code: 403,
          message: `Access Denied: IP address ${ip} is banned after ${limit} failed login attempts`,
        };
      }
      const admin = admins.find((candidate) => candidate.username === username);
      if (admin && passwordHash !== undefined && md5(admin.password) === passwordHash.toLowerCase()) {
        failed.delete(ip);
        return { ok: true };
      }
      const attempts = count + 1;
      failed.set(ip, attempts);
      const why =
        !username || !passwordHash ? 'username and password (MD5) are required' : 'invalid username or password';
      const left =
        limit > 0 ? ` (failed attempt ${attempts} of ${limit}: the IP address is banned after ${limit})` : '';
      return { ok: false, code: 401, message: `Login Failed: ${why}${left}` };
    },
    clear() {
      failed.clear();
    },
    failures: (ip) => failed.get(ip) ?? 0,
  };
}
