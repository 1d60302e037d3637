/** WHMCS Client API's sidebar entry, apart from its definition so the window's first paint lists it without the catalog. */
import type { SandboxInfo } from '../module';

export const whmcsClientApiSandbox: SandboxInfo<'whmcs-clientapi'> = {
  id: 'whmcs-clientapi',
  name: 'WHMCS Client API',
  badge: 'WC',
  badgeColor: '#3f51b5',
  tagline: 'm=clientapi with apikey, apimodule and apifunction; JSON only.',
};
