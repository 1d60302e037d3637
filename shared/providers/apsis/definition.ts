/** APSIS Pro as Parley presents it: Basic auth with the key, two regions, the Code ↔ HTTP table. */
import type { ProviderDefinition } from '../types';
import { apsisRegions, isApsisRegion } from './base-url';
import { buildApsisRequest } from './build';
import { apsisCatalog } from './catalog';
import { interpretApsis } from './interpret';

/** Invented for Parley's demo: it opens only the local mock server. */
export const apsisDemoKey = 'parley-demo-apsis-key';

export const apsisProvider: ProviderDefinition<'apsis'> = {
  id: 'apsis',
  name: 'APSIS Pro',
  authCard: [
    'HTTP Basic with the API key as user name and an empty password: Authorization: Basic base64("<key>:") (key "abc123" → YWJjMTIzOg==).',
    'A base URL of the documented form http://<key>:@host also works: Parley moves the key into the header.',
    'Make keys under Account → Integrations (no spaces or special characters in the name); a new key can take up to 5 minutes to activate.',
    'Europe: se.api.anpdm.com; Asia-Pacific: se.api.anpasia.com (HTTPS on port 8443). 60 requests a minute per integration.',
    `The Demo profile's key "${apsisDemoKey}" is invented for Parley: it only opens the local mock server.`,
  ],
  defaultBaseUrl: apsisRegions.eu.baseUrl,
  // A region other than Custom decides the host itself.
  usesBaseUrl: (fields) => !isApsisRegion(fields.region) || fields.region === 'custom',
  profileFields: [
    {
      key: 'region',
      label: 'Region',
      secret: false,
      required: true,
      defaultValue: 'eu',
      help: 'Europe and Asia-Pacific have their own API hosts; Custom uses the base URL as entered.',
      options: Object.entries(apsisRegions).map(([value, region]) => ({ value, label: region.label })),
    },
    {
      key: 'apiKey',
      label: 'API key',
      secret: true,
      required: false,
      help: 'Account → Integrations → Generate. A base URL written http://<key>:@host works too: on save the key moves here and the URL keeps no credentials.',
      fromUrlUserinfo: true,
      pattern: { regex: '^[A-Za-z0-9-]+$', message: 'APSIS keys are letters, digits and dashes' },
    },
  ],
  catalog: apsisCatalog,
  demoProfile: { name: 'Demo', environment: 'demo', fields: { region: 'custom' }, secrets: { apiKey: apsisDemoKey } },
  buildRequest: buildApsisRequest,
  interpret: interpretApsis,
};
