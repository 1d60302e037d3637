/** wbTeamPro's sidebar entry, apart from its definition so the window's first paint lists it without the catalog. */
import type { SandboxInfo } from '../module';

export const wbteamproSandbox: SandboxInfo<'wbteampro'> = {
  id: 'wbteampro',
  name: 'wbTeamPro',
  badge: 'WB',
  badgeColor: '#00796b',
  tagline: 'WHMCS addon: resource-action chains, MD5 admin password, JSON or XML.',
};
