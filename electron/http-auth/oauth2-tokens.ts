/**
 * OAuth 2.0 access tokens for plain HTTP requests (client credentials and password grants): fetched once,
 * cached with their expiry, refreshed with the refresh token when one was given, fetched again otherwise.
 * The cache lives as long as the pipeline that created it; the renderer only learns when a token expires.
 */
import { createHash } from 'node:crypto';
import type { HttpRequestSpec } from '../../shared/http/types';
import type { OAuth2Auth } from '../../shared/request/plain-auth';
import type { Clock } from '../deps';
import type { PlainResponse } from '../providers/types';

/** A token this close to its expiry is renewed before use. */
const EXPIRY_MARGIN_MS = 10_000;

interface CachedToken {
  readonly accessToken: string;
  readonly refreshToken: string | null;
  /** null when the server gave no expires_in: used until the API refuses it. */
  readonly expiresAt: number | null;
}

export interface OAuth2Tokens {
  /** A valid access token for these settings (already resolved: no `{{variables}}` left). */
  token(auth: OAuth2Auth): Promise<string>;
  expiresAt(auth: OAuth2Auth): number | null;
  /** The API refused the token: the next request fetches a new one. */
  forget(auth: OAuth2Auth): void;
}

export interface OAuth2Deps {
  readonly clock: Clock;
  readonly send: (request: HttpRequestSpec) => Promise<PlainResponse>;
}

function cacheKey(auth: OAuth2Auth): string {
  // Hashed so the map holds no secret in a readable key; a changed secret is a new key.
  const parts = [auth.grant, auth.tokenUrl, auth.clientId, auth.clientSecret, auth.username, auth.password, auth.scope];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function tokenRequest(auth: OAuth2Auth, fields: Record<string, string>): HttpRequestSpec {
  const form: Record<string, string> = { ...fields };
  if (auth.scope) form.scope = auth.scope;
  const headers: [string, string][] = [['Accept', 'application/json']];
  if (auth.clientAuth === 'basic') {
    const pair = `${encodeURIComponent(auth.clientId)}:${encodeURIComponent(auth.clientSecret)}`;
    headers.push(['Authorization', `Basic ${Buffer.from(pair).toString('base64')}`]);
  } else {
    form.client_id = auth.clientId;
    if (auth.clientSecret) form.client_secret = auth.clientSecret;
  }
  return {
    method: 'POST',
    url: auth.tokenUrl,
    headers,
    body: { kind: 'form', fields: Object.entries(form).map(([name, value]) => ({ name, value })) },
  };
}

export function createOAuth2Tokens(deps: OAuth2Deps): OAuth2Tokens {
  const cache = new Map<string, CachedToken>();

  const exchange = async (auth: OAuth2Auth, fields: Record<string, string>): Promise<CachedToken> => {
    let url: URL;
    try {
      url = new URL(auth.tokenUrl);
    } catch {
      throw new Error(`The token URL "${auth.tokenUrl}" is not a valid URL.`);
    }
    const response = await deps.send(tokenRequest(auth, fields));
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(response.bodyText) as Record<string, unknown>;
    } catch {
      // Reported below with the status.
    }
    const accessToken = typeof body.access_token === 'string' ? body.access_token : '';
    if (response.status >= 400 || !accessToken) {
      const reason = typeof body.error_description === 'string' ? body.error_description : body.error;
      throw new Error(
        `The token endpoint ${url.origin}${url.pathname} answered HTTP ${response.status}${typeof reason === 'string' ? `: ${reason}` : ' without an access_token'}.`,
      );
    }
    const expiresIn = Number(body.expires_in);
    return {
      accessToken,
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : null,
      expiresAt: Number.isFinite(expiresIn) && expiresIn > 0 ? deps.clock.now() + expiresIn * 1000 : null,
    };
  };

  const grantFields = (auth: OAuth2Auth): Record<string, string> =>
    auth.grant === 'password'
      ? { grant_type: 'password', username: auth.username, password: auth.password }
      : { grant_type: 'client_credentials' };

  return {
    async token(auth) {
      const key = cacheKey(auth);
      const cached = cache.get(key);
      const now = deps.clock.now();
      if (cached && (cached.expiresAt === null || cached.expiresAt - EXPIRY_MARGIN_MS > now)) return cached.accessToken;
      let fresh: CachedToken | null = null;
      if (cached?.refreshToken) {
        fresh = await exchange(auth, { grant_type: 'refresh_token', refresh_token: cached.refreshToken }).catch(
          () => null,
        );
      }
      fresh ??= await exchange(auth, grantFields(auth));
      cache.set(key, fresh);
      return fresh.accessToken;
    },
    expiresAt: (auth) => cache.get(cacheKey(auth))?.expiresAt ?? null,
    forget: (auth) => void cache.delete(cacheKey(auth)),
  };
}
