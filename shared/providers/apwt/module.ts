/** AllProWebTools's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { apwtProvider } from './definition';

export const apwtModule: SharedProviderModule<'apwt'> = {
  id: 'apwt',
  sandbox: {
    id: 'apwt',
    name: 'AllProWebTools',
    badge: 'AP',
    badgeColor: '#8e44ad',
    tagline: 'Header auth at account and user level; status/msg envelopes.',
  },
  definition: apwtProvider,
};
