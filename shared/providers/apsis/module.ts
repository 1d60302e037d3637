/** APSIS Pro's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { apsisProvider } from './definition';

export const apsisModule: SharedProviderModule<'apsis'> = {
  id: 'apsis',
  sandbox: {
    id: 'apsis',
    name: 'APSIS Pro',
    badge: 'AS',
    badgeColor: '#bf360c',
    tagline: 'Basic auth with the API key; Code ↔ HTTP status table; 60 requests a minute.',
  },
  definition: apsisProvider,
};
