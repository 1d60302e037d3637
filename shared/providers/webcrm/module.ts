/** webCRM's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { webcrmProvider } from './definition';

export const webcrmModule: SharedProviderModule<'webcrm'> = {
  id: 'webcrm',
  sandbox: {
    id: 'webcrm',
    name: 'webCRM',
    badge: 'CR',
    badgeColor: '#2e7d32',
    tagline: 'Token exchange to a one-hour bearer; Page/Size paging; SQL over /Queries.',
  },
  definition: webcrmProvider,
};
