/** Client API auth: the apikey field, placed right after m=clientapi in the form body or the query. */
import type { HttpRequestSpec } from '../../../shared/http/types';
import type { PlainResponse, ProviderAuth } from '../types';

function withApiKey(request: HttpRequestSpec, apikey: string): HttpRequestSpec {
  if (request.body.kind === 'form') {
    const others = request.body.fields.filter((field) => field.name !== 'apikey');
    const at = Math.max(0, others.findIndex((field) => field.name === 'm') + 1);
    const fields = [...others.slice(0, at), { name: 'apikey', value: apikey }, ...others.slice(at)];
    return { ...request, body: { kind: 'form', fields } };
  }
  const url = new URL(request.url);
  const entries = [...url.searchParams].filter(([name]) => name !== 'apikey');
  const at = Math.max(0, entries.findIndex(([name]) => name === 'm') + 1);
  url.search = new URLSearchParams([...entries.slice(0, at), ['apikey', apikey], ...entries.slice(at)]).toString();
  return { ...request, url: url.toString() };
}

export const whmcsClientApiAuth: ProviderAuth<'whmcs-clientapi'> = {
  id: 'whmcs-clientapi',
  async apply(request, context) {
    const apikey = context.secrets.apikey;
    if (!apikey)
      throw new Error('This profile has no API key: fill "API key" (client area → Hello, <name> → Client API).');
    // The key as it appears on the wire too (form/query encoding), so redaction finds it there.
    const formEncoded = new URLSearchParams([['k', apikey]]).toString().slice(2);
    return {
      request: withApiKey(request, apikey),
      sensitive: [...new Set([apikey, formEncoded, encodeURIComponent(apikey)])],
    };
  },
  isAuthFailure(response: PlainResponse) {
    try {
      const body = JSON.parse(response.bodyText) as { status?: unknown; message?: unknown };
      return body.status === 'error' && typeof body.message === 'string' && /api ?key|not enabled/i.test(body.message);
    } catch {
      return false;
    }
  },
  connectionTest: { endpointId: 'client/getdetails', params: {} },
};
