/** The WHMCS Client API (NDCHost's `m=clientapi` addon) as Parley presents it. */
import type { ProviderDefinition } from '../types';
import { buildWhmcsClientApiRequest } from './build';
import { whmcsClientApiCatalog } from './catalog';
import { interpretWhmcsClientApi } from './interpret';

/** Invented for Parley's demo: it only opens the local mock server, never a real portal. */
export const whmcsClientApiDemoKey = 'parley-demo-clientapi-key-0000';

export const whmcsClientApiProvider: ProviderDefinition<'whmcs-clientapi'> = {
  id: 'whmcs-clientapi',
  name: 'WHMCS Client API',
  authCard: [
    'One secret: your API key, sent as the apikey field of every request (with m=clientapi, apimodule, apifunction).',
    'Make the key in the client area: Hello, <name> → Client API → API Status tab → Enable API.',
    'POST is recommended (GET works, but puts the key in the URL). Responses must be application/json.',
    `The Demo profile's key "${whmcsClientApiDemoKey}" is invented for Parley: it only opens the local mock server.`,
  ],
  defaultBaseUrl: 'https://customer.ndchost.com',
  profileFields: [
    {
      key: 'apikey',
      label: 'API key',
      secret: true,
      required: true,
      help: 'Client area → Hello, <name> → Client API.',
      pattern: { regex: '^\\S+$', message: 'The API key has no spaces' },
    },
  ],
  catalog: whmcsClientApiCatalog,
  // Every call posts to index.php; apimodule/apifunction (the endpoint id) say what it does.
  operationInEndpointId: true,
  demoProfile: { name: 'Demo', environment: 'demo', fields: {}, secrets: { apikey: whmcsClientApiDemoKey } },
  buildRequest: buildWhmcsClientApiRequest,
  interpret: interpretWhmcsClientApi,
};
