/** APSIS Pro's sidebar entry, apart from its definition so the window's first paint lists it without the catalog. */
import type { SandboxInfo } from '../module';

export const apsisSandbox: SandboxInfo<'apsis'> = {
  id: 'apsis',
  name: 'APSIS Pro',
  badge: 'AS',
  badgeColor: '#bf360c',
  tagline: 'Basic auth with the API key; Code ↔ HTTP status table; 60 requests a minute.',
};
