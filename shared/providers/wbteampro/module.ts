/** wbTeamPro's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { wbteamproProvider } from './definition';

export const wbteamproModule: SharedProviderModule<'wbteampro'> = {
  id: 'wbteampro',
  sandbox: {
    id: 'wbteampro',
    name: 'wbTeamPro',
    badge: 'WB',
    badgeColor: '#00796b',
    tagline: 'WHMCS addon: resource-action chains, MD5 admin password, JSON or XML.',
  },
  definition: wbteamproProvider,
};
