/** webCRM as Parley knows it, in shared/: catalog, profile fields, request building, response reading. */
import type { ProviderDefinition } from '../types';
import { buildWebcrmRequest } from './build';
import { webcrmCatalog } from './catalog';
import { interpretWebcrm } from './interpret';

/** An application token is a GUID; the last group allows 13 digits because webCRM's own docs example has 13. */
export const applicationTokenPattern =
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12,13}$';

export const webcrmProvider: ProviderDefinition<'webcrm'> = {
  id: 'webcrm',
  name: 'webCRM',
  authCard: [
    'An application token (a GUID from Configuration → Integration → API → REST) identifies your webCRM and its access rights.',
    'Parley trades it for an access token at POST /Auth/ApiLogin (authCode) and sends Authorization: Bearer on every call.',
    'Access tokens live one hour: Parley refreshes with POST /Auth/ApiRefresh (refreshToken header) before they expire, and logs in again after a 401.',
    'Lists are bare arrays paged with Page and Size (Size ≤ 1000). 250 requests a minute; past that, 429 with Retry-After.',
    'Needs a webCRM Plus or Enterprise subscription.',
  ],
  defaultBaseUrl: 'https://api.webcrm.com',
  profileFields: [
    {
      key: 'applicationToken',
      label: 'Application token',
      secret: true,
      required: true,
      help: 'Created in webCRM at Configuration → Integration → API → REST. Each token has its own access rights.',
      placeholder: '12345678-90ab-cdef-1234-4567890abcde',
      pattern: {
        regex: applicationTokenPattern,
        message: 'An application token is a GUID: 8-4-4-4-12 hexadecimal digits',
      },
    },
  ],
  catalog: webcrmCatalog,
  demoProfile: {
    name: 'Demo',
    environment: 'demo',
    fields: {},
    // The application token webCRM's docs use in their own example (the demo mock accepts it).
    secrets: { applicationToken: '12345678-90ab-cdef-1234-4567890abcdef' },
  },
  buildRequest: buildWebcrmRequest,
  interpret: interpretWebcrm,
};
