/** The two token calls: log in with the application token, refresh with the refresh token. */
import type { PlainResponse } from '../types';
import type { HttpRequestSpec } from '../../../shared/http/types';
import { problemSummary, readProblemDetails } from '../../../shared/providers/webcrm/problem-details';

export interface IssuedToken {
  readonly accessToken: string;
  readonly refreshToken: string | null;
  /** Epoch milliseconds. */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

export class WebcrmLoginError extends Error {}

const joinUrl = (baseUrl: string, path: string): string => `${baseUrl.replace(/\/+$/, '')}${path}`;

function readToken(response: PlainResponse, now: number, what: string): IssuedToken {
  let body: Record<string, unknown> = {};
  let isJson = false;
  try {
    const parsed: unknown = JSON.parse(response.bodyText);
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    isJson = true;
  } catch {
    // Not JSON: the server's text is shown as it came.
  }
  if (response.status !== 200 || body.IsError === true || typeof body.AccessToken !== 'string') {
    const problem = readProblemDetails(body);
    const parts = [body.Error, body.ErrorDescription, body.Message].filter(
      (part): part is string => typeof part === 'string' && part !== '',
    );
    if (problem) parts.push(problemSummary(problem), ...problem.fieldErrors);
    const plain = isJson ? '' : response.bodyText.replace(/\s+/g, ' ').trim().slice(0, 300);
    const message = parts.length > 0 ? parts.join(': ') : plain;
    throw new WebcrmLoginError(`webCRM ${what} failed (HTTP ${response.status})${message ? `: ${message}` : ''}`);
  }
  // ExpiresIn is in seconds (the docs: "valid for an hour"); missing → assume the documented hour.
  const seconds = typeof body.ExpiresIn === 'number' && body.ExpiresIn > 0 ? body.ExpiresIn : 3600;
  return {
    accessToken: body.AccessToken,
    refreshToken: typeof body.RefreshToken === 'string' && body.RefreshToken !== '' ? body.RefreshToken : null,
    issuedAt: now,
    expiresAt: now + seconds * 1000,
  };
}

export function loginRequest(baseUrl: string, applicationToken: string): HttpRequestSpec {
  return {
    method: 'POST',
    url: joinUrl(baseUrl, '/Auth/ApiLogin'),
    headers: [['Accept', 'application/json']],
    body: { kind: 'form', fields: [{ name: 'authCode', value: applicationToken }] },
  };
}

export function refreshRequest(baseUrl: string, refreshToken: string): HttpRequestSpec {
  return {
    method: 'POST',
    url: joinUrl(baseUrl, '/Auth/ApiRefresh'),
    headers: [
      ['Accept', 'application/json'],
      ['refreshToken', refreshToken],
    ],
    body: { kind: 'none' },
  };
}

export async function login(
  send: (request: HttpRequestSpec) => Promise<PlainResponse>,
  baseUrl: string,
  applicationToken: string,
  now: () => number,
): Promise<IssuedToken> {
  return readToken(await send(loginRequest(baseUrl, applicationToken)), now(), 'login');
}

export async function refresh(
  send: (request: HttpRequestSpec) => Promise<PlainResponse>,
  baseUrl: string,
  refreshToken: string,
  now: () => number,
): Promise<IssuedToken> {
  return readToken(await send(refreshRequest(baseUrl, refreshToken)), now(), 'token refresh');
}
