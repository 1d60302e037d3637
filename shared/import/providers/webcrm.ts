/**
 * webCRM: its host, or a call to `/Auth/ApiLogin`. The authCode of a login is the profile's application
 * token; a pasted Bearer is a one-hour access token Parley fetches itself, so it is dropped.
 */
import { webcrmCatalog } from '../../providers/webcrm/catalog';
import { draftForEndpoint, matchEndpoint } from './catalog-match';
import { parsedUrl, type ProviderImport } from './types';

export const webcrmImport: ProviderImport = {
  recognise(call) {
    const url = parsedUrl(call.url);
    if (!url) return null;
    const login = /\/Auth\/ApiLogin$/i.test(url.pathname);
    if (!login && !/(^|\.)webcrm\.com$/i.test(url.hostname)) return null;
    const prefix = url.pathname.replace(/\/(Auth\/ApiLogin|[A-Z][^/]*(\/.*)?)$/, '');
    const relative = url.pathname.slice(prefix.length);
    const authCode =
      url.searchParams.get('authCode') ??
      (call.body.kind === 'form' ? call.body.fields.find((f) => f.name === 'authCode')?.value : undefined) ??
      null;
    const bearer = call.headers.some(([name]) => name.toLowerCase() === 'authorization');
    const match = matchEndpoint(webcrmCatalog, call.method, relative);
    return {
      provider: match
        ? draftForEndpoint(match, call, { consumedHeaders: ['authorization'], consumedFields: ['authCode'] })
        : { endpointId: null, method: call.method, path: relative, params: {} },
      baseUrl: `${url.origin}${prefix}`,
      secrets: authCode ? [{ field: 'applicationToken', value: authCode }] : [],
      fields: {},
      notes: [
        ...(bearer
          ? ['The pasted Bearer token is left out: Parley logs in with the application token and refreshes it.']
          : []),
        ...(match ? [] : [`${call.method} ${relative} is not in the webCRM catalog: kept as a custom path.`]),
      ],
    };
  },
};
