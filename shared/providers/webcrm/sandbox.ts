/** webCRM's sidebar entry, apart from its definition so the window's first paint lists it without the catalog. */
import type { SandboxInfo } from '../module';

export const webcrmSandbox: SandboxInfo<'webcrm'> = {
  id: 'webcrm',
  name: 'webCRM',
  badge: 'CR',
  badgeColor: '#2e7d32',
  tagline: 'Token exchange to a one-hour bearer; Page/Size paging; SQL over /Queries.',
};
