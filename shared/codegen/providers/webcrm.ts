/**
 * webCRM as code: the snippet trades the application token (authCode) for an access token with
 * `POST /Auth/ApiLogin` before the call and sends it as a Bearer, the way Parley does — never a pasted token.
 */
import { mark } from '../expr';
import type { ProviderCodegen } from './types';

const pathOf = (url: string) => {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
};

export const webcrmCodegen: ProviderCodegen = {
  secretEnv: {
    applicationToken: { name: 'WEBCRM_AUTH_CODE', description: 'webCRM application token (the authCode of ApiLogin)' },
  },
  authAsCode(request, context) {
    const path = pathOf(request.url);
    if (path.endsWith('/auth/apilogin')) {
      if (request.body.kind === 'form' && request.body.fields.some((f) => f.name === 'authCode' && f.value !== ''))
        return { request };
      const fields = request.body.kind === 'form' ? request.body.fields.filter((f) => f.name !== 'authCode') : [];
      return {
        request: {
          ...request,
          body: { kind: 'form', fields: [...fields, { name: 'authCode', value: context.secret('applicationToken') }] },
        },
      };
    }
    // The token calls go to the request's origin plus the base URL's path prefix, as in main.
    const origin = new URL(request.url).origin;
    let prefix = '';
    try {
      prefix = context.baseUrl.includes('{{') ? '' : new URL(context.baseUrl).pathname.replace(/\/+$/, '');
    } catch {
      prefix = '';
    }
    const login = {
      name: 'token',
      comment: 'Trade the application token for a one-hour access token',
      jsonField: 'AccessToken',
      request: {
        method: 'POST' as const,
        url: `${origin}${prefix}/Auth/ApiLogin`,
        headers: [['Accept', 'application/json']] as [string, string][],
        body: { kind: 'form' as const, fields: [{ name: 'authCode', value: context.secret('applicationToken') }] },
      },
    };
    return {
      request: {
        ...request,
        headers: [
          ...request.headers.filter(([name]) => name.toLowerCase() !== 'authorization'),
          ['Authorization', `Bearer ${mark('step', 'token')}`],
        ],
      },
      steps: [login],
    };
  },
};
