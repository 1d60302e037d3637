/** The mock's token issuing and checking, and its 250-requests-a-minute sliding window. */
import { randomBytes } from 'node:crypto';

export interface WebcrmFaults {
  /** Access token lifetime; tests use 2 s. webCRM: one hour. */
  tokenLifetimeSeconds: number;
  refreshTokenLifetimeSeconds: number;
  /** Requests allowed per application token in any 60 s window; webCRM: 250. */
  rateLimitPerMinute: number;
  /** Application tokens the mock accepts. */
  applicationTokens: string[];
  /** Linked data enabled for quotation lines: plain quotation-line writes fail like webCRM says they do. */
  quotationLinkedData: boolean;
}

export const demoApplicationToken = '12345678-90ab-cdef-1234-4567890abcdef';

export const defaultFaults = (): WebcrmFaults => ({
  tokenLifetimeSeconds: 3600,
  refreshTokenLifetimeSeconds: 86_400,
  rateLimitPerMinute: 250,
  applicationTokens: [demoApplicationToken],
  quotationLinkedData: false,
});

interface Issued {
  readonly applicationToken: string;
  readonly expiresAt: number;
}

const ISSUED_KEPT = 20;

export interface TokenStats {
  logins: number;
  refreshes: number;
  unauthorized: number;
  /** Calls answered 429 for the rate limit. */
  throttled: number;
}

export class AuthState {
  private readonly access = new Map<string, Issued>();
  private readonly refresh = new Map<string, Issued>();
  private readonly calls = new Map<string, number[]>();
  readonly stats: TokenStats = { logins: 0, refreshes: 0, unauthorized: 0, throttled: 0 };
  /** The last tokens handed out, newest last: tests look for them where they must never appear. */
  readonly issued: { readonly accessToken: string; readonly refreshToken: string }[] = [];

  constructor(private readonly faultsNow: () => WebcrmFaults) {}

  private get faults(): WebcrmFaults {
    return this.faultsNow();
  }

  issue(applicationToken: string, now: number) {
    const accessToken = randomBytes(24).toString('hex');
    const refreshToken = randomBytes(24).toString('hex');
    this.access.set(accessToken, { applicationToken, expiresAt: now + this.faults.tokenLifetimeSeconds * 1000 });
    this.issued.push({ accessToken, refreshToken });
    if (this.issued.length > ISSUED_KEPT) this.issued.shift();
    this.refresh.set(refreshToken, {
      applicationToken,
      expiresAt: now + this.faults.refreshTokenLifetimeSeconds * 1000,
    });
    return {
      AccessToken: accessToken,
      RefreshToken: refreshToken,
      ExpiresIn: this.faults.tokenLifetimeSeconds,
      TokenType: 'Bearer',
      Error: null,
      ErrorDescription: null,
      IsError: false,
    };
  }

  /** The application token behind a refresh token, or null (then it is used up). */
  redeemRefresh(refreshToken: string, now: number): string | null {
    const issued = this.refresh.get(refreshToken);
    this.refresh.delete(refreshToken);
    return issued && issued.expiresAt > now ? issued.applicationToken : null;
  }

  /** The application token behind a valid bearer, or null. */
  check(authorization: string | undefined, now: number): string | null {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const issued = token ? this.access.get(token) : undefined;
    if (!issued || issued.expiresAt <= now) {
      this.stats.unauthorized += 1;
      return null;
    }
    return issued.applicationToken;
  }

  /** Seconds to wait when the application token is over its limit, else null (and the call is counted). */
  throttle(applicationToken: string, now: number): number | null {
    const recent = (this.calls.get(applicationToken) ?? []).filter((at) => at > now - 60_000);
    if (recent.length >= this.faults.rateLimitPerMinute) {
      this.calls.set(applicationToken, recent);
      return Math.max(1, Math.ceil(((recent[0] ?? now) + 60_000 - now) / 1000));
    }
    recent.push(now);
    this.calls.set(applicationToken, recent);
    return null;
  }

  reset(): void {
    this.access.clear();
    this.refresh.clear();
    this.calls.clear();
    this.issued.length = 0;
    Object.assign(this.stats, { logins: 0, refreshes: 0, unauthorized: 0, throttled: 0 });
  }
}
