/** Plain HTTP auth helpers written as code: environment variables for every credential, OAuth2 as a token step. */
import { describe, expect, it } from 'vitest';
import { buildProgram } from './build';
import { withPlainAuth } from './plain-auth';
import { renderCode } from './render';
import type { PlainAuth } from '../request/plain-auth';

const program = (auth: PlainAuth) =>
  withPlainAuth(
    buildProgram({
      request: { method: 'GET', url: 'https://api.example.com/items?page=2', headers: [], body: { kind: 'none' } },
      insecure: false,
    }),
    auth,
  );

describe('plain auth as code', () => {
  it('Bearer, Basic and API key read environment variables, never the values the request holds', () => {
    const bearer = renderCode(program({ kind: 'bearer', token: 'clear-token-1' }), 'curl');
    expect(bearer).toContain(`-H 'Authorization: Bearer '"$BEARER_TOKEN"`);
    expect(bearer).not.toContain('clear-token-1');
    const basic = renderCode(program({ kind: 'basic', username: 'mia', password: '{{pw}}' }), 'php-curl');
    expect(basic).toContain("getenv('BASIC_PASSWORD')");
    expect(basic).toContain("'mia:'");
    const query = renderCode(
      program({ kind: 'apiKey', name: 'api_key', value: 'clear-key', in: 'query' }),
      'python-requests',
    );
    expect(query).toContain("os.environ['API_KEY']");
    expect(query).not.toContain('clear-key');
    expect(program({ kind: 'apiKey', name: 'X-Key', value: 'k', in: 'header' }).env.map((v) => v.name)).toEqual([
      'API_KEY',
    ]);
  });

  it('OAuth2 fetches its token in a step before the call', () => {
    const code = renderCode(
      program({
        kind: 'oauth2',
        grant: 'client_credentials',
        tokenUrl: 'https://auth.example.com/token',
        clientId: 'app-1',
        clientSecret: 'clear-secret',
        username: '',
        password: '',
        scope: 'read',
        clientAuth: 'basic',
      }),
      'curl',
    );
    expect(code).toContain("TOKEN=$(curl -sS -X POST \\\n  'https://auth.example.com/token'");
    expect(code).toContain(`-u 'app-1:'"$OAUTH_CLIENT_SECRET"`);
    expect(code).toContain(`-H 'Authorization: Bearer '"$TOKEN"`);
    expect(code).not.toContain('clear-secret');
  });
});
