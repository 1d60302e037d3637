/** Applies a plain HTTP request's auth helper (already resolved) and lists what it made sensitive. */
import type { HttpRequestSpec } from '../../shared/http/types';
import { authSecretFields, type PlainAuth } from '../../shared/request/plain-auth';
import { REDACTED } from '../../shared/request/redact';
import type { OAuth2Tokens } from './oauth2-tokens';

export interface AppliedAuth {
  readonly request: HttpRequestSpec;
  readonly sensitive: readonly string[];
}

const withHeader = (request: HttpRequestSpec, name: string, value: string): HttpRequestSpec => ({
  ...request,
  headers: [...request.headers.filter(([n]) => n.toLowerCase() !== name.toLowerCase()), [name, value]],
});

export async function applyPlainAuth(
  request: HttpRequestSpec,
  auth: PlainAuth | undefined,
  tokens: OAuth2Tokens,
  mode: 'preview' | 'send',
): Promise<AppliedAuth> {
  if (!auth || auth.kind === 'none') return { request, sensitive: [] };
  const sensitive = authSecretFields(auth).filter((value) => value.length > 0);
  switch (auth.kind) {
    case 'bearer':
      return { request: withHeader(request, 'Authorization', `Bearer ${auth.token}`), sensitive };
    case 'basic': {
      const encoded = Buffer.from(`${auth.username}:${auth.password}`).toString('base64');
      return { request: withHeader(request, 'Authorization', `Basic ${encoded}`), sensitive: [...sensitive, encoded] };
    }
    case 'apiKey': {
      if (auth.in === 'header') return { request: withHeader(request, auth.name, auth.value), sensitive };
      const url = new URL(request.url);
      url.searchParams.set(auth.name, auth.value);
      return { request: { ...request, url: url.toString() }, sensitive };
    }
    case 'oauth2': {
      // A preview shows where the token goes without fetching one.
      const token = mode === 'preview' ? REDACTED : await tokens.token(auth);
      return {
        request: withHeader(request, 'Authorization', `Bearer ${token}`),
        sensitive: mode === 'preview' ? sensitive : [...sensitive, token],
      };
    }
  }
}
