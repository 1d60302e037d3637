/** APSIS Pro: Basic auth with the API key as the user name (`-u key:`) to an APSIS host. */
import { apsisRegions } from '../../providers/apsis/base-url';
import { apsisCatalog } from '../../providers/apsis/catalog';
import { draftForEndpoint, matchEndpoint } from './catalog-match';
import { parsedUrl, type ProviderImport } from './types';

const apsisHost = /(^|\.)(anpdm\.com|anpasia\.com|apsis\.com)$/i;

export const apsisImport: ProviderImport = {
  recognise(call) {
    const url = parsedUrl(call.url);
    if (!url || !apsisHost.test(url.hostname)) return null;
    const match = matchEndpoint(apsisCatalog, call.method, url.pathname);
    const key = call.basic && call.basic.password === '' ? call.basic.user : null;
    // The official hosts are regions of their own; any other APSIS host is a custom base URL.
    const region = (['eu', 'apac'] as const).find((r) => apsisRegions[r].baseUrl === url.origin) ?? 'custom';
    return {
      provider: match
        ? draftForEndpoint(match, call, { consumedHeaders: ['authorization'] })
        : { endpointId: null, method: call.method, path: url.pathname, params: {} },
      baseUrl: url.origin,
      secrets: key ? [{ field: 'apiKey', value: key }] : [],
      fields: { region },
      notes: match ? [] : [`${call.method} ${url.pathname} is not in the APSIS catalog: kept as a custom path.`],
    };
  },
};
