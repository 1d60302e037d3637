/** WHMCS Client API's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { whmcsClientApiProvider } from './definition';

export const whmcsClientApiModule: SharedProviderModule<'whmcs-clientapi'> = {
  id: 'whmcs-clientapi',
  sandbox: {
    id: 'whmcs-clientapi',
    name: 'WHMCS Client API',
    badge: 'WC',
    badgeColor: '#3f51b5',
    tagline: 'm=clientapi with apikey, apimodule and apifunction; JSON only.',
  },
  definition: whmcsClientApiProvider,
};
