/** The Client API as code: `apikey` right after `m=clientapi`, in the form body or the query string. */
import type { HttpRequestSpec } from '../../http/types';
import type { ProviderCodegen } from './types';

function withApiKey(request: HttpRequestSpec, apikey: string): HttpRequestSpec {
  if (request.body.kind === 'form') {
    const others = request.body.fields.filter((field) => field.name !== 'apikey');
    const at = Math.max(0, others.findIndex((field) => field.name === 'm') + 1);
    return {
      ...request,
      body: { kind: 'form', fields: [...others.slice(0, at), { name: 'apikey', value: apikey }, ...others.slice(at)] },
    };
  }
  const url = new URL(request.url);
  const entries = [...url.searchParams].filter(([name]) => name !== 'apikey');
  const at = Math.max(0, entries.findIndex(([name]) => name === 'm') + 1);
  url.search = new URLSearchParams([...entries.slice(0, at), ['apikey', apikey], ...entries.slice(at)]).toString();
  return { ...request, url: url.toString() };
}

export const whmcsClientApiCodegen: ProviderCodegen = {
  secretEnv: { apikey: { name: 'WHMCS_CLIENTAPI_KEY', description: 'WHMCS Client API key (apikey)' } },
  authAsCode(request, context) {
    if (!context.secretsSet.has('apikey'))
      throw new Error('This profile has no API key: fill "API key" (client area → Hello, <name> → Client API).');
    return { request: withApiKey(request, context.secret('apikey')) };
  },
};
