/** AllProWebTools's sidebar entry, apart from its definition so the window's first paint lists it without the catalog. */
import type { SandboxInfo } from '../module';

export const apwtSandbox: SandboxInfo<'apwt'> = {
  id: 'apwt',
  name: 'AllProWebTools',
  badge: 'AP',
  badgeColor: '#8e44ad',
  tagline: 'Header auth at account and user level; status/msg envelopes.',
};
