/**
 * webCRM auth in main: the application token (the profile's secret) is traded for a one-hour access
 * token, kept in memory per profile only, refreshed before it expires (falling back to a new login),
 * and dropped after a 401 so the pipeline's single retry gets a fresh one. The renderer only ever
 * learns when the token expires (tokenState), never the token.
 */
import { createHash } from 'node:crypto';
import type { HttpRequestSpec } from '../../../shared/http/types';
import type { AuthContext, AuthResult, PlainResponse, ProviderAuth } from '../types';
import { login, refresh, type IssuedToken } from './token-exchange';

export const applicationTokenKey = 'applicationToken';
const MASK = '••••••••';

interface Session {
  /** Which application token the tokens belong to (a hash: the secret itself is not kept here). */
  readonly fingerprint: string;
  token: IssuedToken | null;
  refreshToken: string | null;
  pending: Promise<IssuedToken> | null;
}

export interface WebcrmAuth extends ProviderAuth<'webcrm'> {
  /** When the profile's cached access token expires, or null when there is none. */
  tokenState(profileId: string): { readonly expiresAt: number } | null;
  /** How many logins and refreshes ran (for the UI's "token" line and tests). */
  stats(profileId: string): { readonly logins: number; readonly refreshes: number };
  dispose(): void;
}

const fingerprintOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Refresh when a quarter of the lifetime is left, at most five minutes ahead. */
const refreshMargin = (token: IssuedToken): number => Math.min(5 * 60_000, (token.expiresAt - token.issuedAt) / 4);

function pathOf(request: HttpRequestSpec): string {
  try {
    return new URL(request.url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Where the token calls go: the request's own origin (the profile's base URL may be a mock:// alias or
 * hold {{variables}} that only the request has resolved) plus the base URL's path prefix.
 */
export function tokenBaseUrl(request: HttpRequestSpec, profileBaseUrl: string): string {
  const origin = new URL(request.url).origin;
  try {
    const prefix = profileBaseUrl.includes('{{') ? '' : new URL(profileBaseUrl).pathname.replace(/\/+$/, '');
    return `${origin}${prefix}`;
  } catch {
    return origin;
  }
}

const isTokenCall = (path: string): boolean => path.endsWith('/auth/apilogin') || path.endsWith('/auth/apirefresh');

const withHeader = (request: HttpRequestSpec, name: string, value: string): HttpRequestSpec => ({
  ...request,
  headers: [...request.headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase()), [name, value]],
});

export function createWebcrmAuth(): WebcrmAuth {
  const sessions = new Map<string, Session>();
  const counters = new Map<string, { logins: number; refreshes: number }>();
  const count = (profileId: string, kind: 'logins' | 'refreshes') => {
    const current = counters.get(profileId) ?? { logins: 0, refreshes: 0 };
    counters.set(profileId, { ...current, [kind]: current[kind] + 1 });
  };

  function sessionFor(profileId: string, secret: string): Session {
    const fingerprint = fingerprintOf(secret);
    const existing = sessions.get(profileId);
    if (existing && existing.fingerprint === fingerprint) return existing;
    const fresh: Session = { fingerprint, token: null, refreshToken: null, pending: null };
    sessions.set(profileId, fresh);
    return fresh;
  }

  async function obtain(session: Session, context: AuthContext, secret: string, baseUrl: string): Promise<IssuedToken> {
    const now = () => context.clock.now();
    const profileId = context.profile.id;
    if (session.refreshToken) {
      try {
        count(profileId, 'refreshes');
        return await refresh(context.send, baseUrl, session.refreshToken, now);
      } catch {
        // An expired or revoked refresh token: log in again below.
      }
    }
    count(profileId, 'logins');
    return login(context.send, baseUrl, secret, now);
  }

  async function accessToken(context: AuthContext, secret: string, baseUrl: string): Promise<string> {
    const session = sessionFor(context.profile.id, secret);
    const token = session.token;
    if (token && context.clock.now() < token.expiresAt - refreshMargin(token)) return token.accessToken;
    // Concurrent requests share one login/refresh.
    session.pending ??= obtain(session, context, secret, baseUrl).finally(() => {
      session.pending = null;
    });
    const issued = await session.pending;
    session.token = issued;
    session.refreshToken = issued.refreshToken ?? session.refreshToken;
    return issued.accessToken;
  }

  return {
    id: 'webcrm',
    async apply(request: HttpRequestSpec, context: AuthContext): Promise<AuthResult> {
      const secret = context.secrets[applicationTokenKey] ?? '';
      const path = pathOf(request);
      if (path.endsWith('/auth/apilogin')) {
        // The catalog's login call: fill authCode from the profile unless the user typed one.
        if (
          request.body.kind === 'form' &&
          request.body.fields.some((field) => field.name === 'authCode' && field.value !== '')
        )
          return { request, sensitive: [] };
        const value = context.preview ? MASK : secret;
        const fields =
          request.body.kind === 'form' ? request.body.fields.filter((field) => field.name !== 'authCode') : [];
        return {
          request: { ...request, body: { kind: 'form', fields: [...fields, { name: 'authCode', value }] } },
          sensitive: secret ? [secret] : [],
        };
      }
      if (path.endsWith('/auth/apirefresh')) {
        if (request.headers.some(([key, value]) => key.toLowerCase() === 'refreshtoken' && value !== ''))
          return { request, sensitive: [] };
        const refreshToken = context.preview ? MASK : (sessions.get(context.profile.id)?.refreshToken ?? '');
        return {
          request: withHeader(request, 'refreshToken', refreshToken),
          sensitive: refreshToken && !context.preview ? [refreshToken] : [],
        };
      }
      if (context.preview) return { request: withHeader(request, 'Authorization', `Bearer ${MASK}`), sensitive: [] };
      if (!secret) throw new Error('This webCRM profile has no application token: add it in the profile manager.');
      const token = await accessToken(context, secret, tokenBaseUrl(request, context.profile.baseUrl));
      const refreshToken = sessions.get(context.profile.id)?.refreshToken;
      return {
        request: withHeader(request, 'Authorization', `Bearer ${token}`),
        sensitive: [secret, token, ...(refreshToken ? [refreshToken] : [])],
      };
    },
    async afterResponse(
      response: PlainResponse,
      context: AuthContext,
      request: HttpRequestSpec,
    ): Promise<'retry' | 'done'> {
      if (response.status !== 401 || context.preview) return 'done';
      // A refused ApiLogin/ApiRefresh opened from the catalog is the answer itself: no login, no resend.
      if (isTokenCall(pathOf(request))) return 'done';
      const session = sessions.get(context.profile.id);
      if (!session?.token) return 'done';
      // The token was refused before its time (revoked, server restarted): get another and resend once.
      session.token = null;
      return 'retry';
    },
    secretsInResponse(response: PlainResponse): readonly string[] {
      // Auth/ApiLogin and Auth/ApiRefresh answer with the tokens themselves.
      let body: unknown;
      try {
        body = JSON.parse(response.bodyText);
      } catch {
        return [];
      }
      if (!body || typeof body !== 'object') return [];
      return Object.entries(body)
        .filter(([key, value]) => /^(access|refresh)token$/i.test(key) && typeof value === 'string' && value !== '')
        .map(([, value]) => value as string);
    },
    isAuthFailure(response: PlainResponse): boolean {
      if (response.status === 401) return true;
      return /"IsError"\s*:\s*true/.test(response.bodyText);
    },
    connectionTest: { endpointId: 'AuthGet', params: {} },
    forget(profileId: string): void {
      sessions.delete(profileId);
      counters.delete(profileId);
    },
    tokenState(profileId: string) {
      const token = sessions.get(profileId)?.token;
      return token ? { expiresAt: token.expiresAt } : null;
    },
    stats(profileId: string) {
      return counters.get(profileId) ?? { logins: 0, refreshes: 0 };
    },
    dispose(): void {
      sessions.clear();
      counters.clear();
    },
  };
}
