/**
 * Plain HTTP's auth helpers as code: the credential is always an environment variable (whatever the
 * request holds, a value or a `{{variable}}`), named like the providers' placeholders; OAuth2 is a token
 * step before the call, as Parley fetches it.
 */
import type { PlainAuth } from '../request/plain-auth';
import { VARIABLE_PATTERN } from '../request/variables';
import { concat, env, text } from './expr';
import type { CodeProgram, CodeRequest, EnvVar, Expr } from './program';

const withHeader = (request: CodeRequest, name: string, value: Expr): CodeRequest => ({
  ...request,
  headers: [...request.headers.filter(([n]) => n.toLowerCase() !== name.toLowerCase()), [name, value]],
});

/** A field that is a credential: an environment variable. A plain field: written as is unless it is a `{{variable}}`. */
const plainOrEnv = (value: string, variable: string): Expr =>
  value.replace(VARIABLE_PATTERN, '').trim() === '' && value !== '' ? env(variable) : text(value);

export function withPlainAuth(program: CodeProgram, auth: PlainAuth | undefined): CodeProgram {
  if (!auth || auth.kind === 'none') return program;
  const added: EnvVar[] = [];
  const need = (name: string, description: string) => {
    added.push({ name, description });
    return env(name);
  };
  let request = program.request;
  const steps = [...program.steps];
  switch (auth.kind) {
    case 'bearer':
      request = withHeader(request, 'Authorization', concat(text('Bearer '), need('BEARER_TOKEN', 'the Bearer token')));
      break;
    case 'basic': {
      const user = plainOrEnv(auth.username, 'BASIC_USERNAME');
      if (user.kind === 'env') added.push({ name: 'BASIC_USERNAME', description: 'the Basic auth user name' });
      request = { ...request, basicAuth: { user, password: need('BASIC_PASSWORD', 'the Basic auth password') } };
      break;
    }
    case 'apiKey': {
      const value = need('API_KEY', `the API key sent as ${auth.name}`);
      if (auth.in === 'header') request = withHeader(request, auth.name, value);
      else {
        const hasQuery = JSON.stringify(request.url).includes('?');
        request = {
          ...request,
          url: concat(request.url, text(`${hasQuery ? '&' : '?'}${encodeURIComponent(auth.name)}=`), {
            kind: 'urlencode',
            of: value,
          }),
        };
      }
      break;
    }
    case 'oauth2': {
      const fields = [
        { name: 'grant_type', value: text(auth.grant) },
        ...(auth.grant === 'password'
          ? [
              { name: 'username', value: plainOrEnv(auth.username, 'OAUTH_USERNAME') },
              { name: 'password', value: need('OAUTH_PASSWORD', 'the OAuth2 resource owner password') },
            ]
          : []),
        ...(auth.scope ? [{ name: 'scope', value: text(auth.scope) }] : []),
      ];
      const clientId = plainOrEnv(auth.clientId, 'OAUTH_CLIENT_ID');
      if (clientId.kind === 'env') added.push({ name: 'OAUTH_CLIENT_ID', description: 'the OAuth2 client id' });
      const clientSecret = need('OAUTH_CLIENT_SECRET', 'the OAuth2 client secret');
      const tokenRequest: CodeRequest = {
        method: 'POST',
        url: text(auth.tokenUrl),
        headers: [
          ['Accept', text('application/json')],
          ['Content-Type', text('application/x-www-form-urlencoded')],
        ],
        body: {
          kind: 'form',
          fields:
            auth.clientAuth === 'body'
              ? [...fields, { name: 'client_id', value: clientId }, { name: 'client_secret', value: clientSecret }]
              : fields,
        },
        ...(auth.clientAuth === 'basic' ? { basicAuth: { user: clientId, password: clientSecret } } : {}),
      };
      steps.push({
        name: 'token',
        comment: `Fetch an OAuth2 access token (${auth.grant})`,
        request: tokenRequest,
        jsonField: 'access_token',
      });
      request = withHeader(request, 'Authorization', concat(text('Bearer '), { kind: 'step', name: 'token' }));
      break;
    }
  }
  const envs = [...program.env, ...added];
  return { env: envs.filter((v, i) => envs.findIndex((w) => w.name === v.name) === i), steps, request };
}
