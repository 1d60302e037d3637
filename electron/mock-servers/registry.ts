/**
 * Every provider's local mock server. `Record<ProviderId, …>`: a provider in the shared registry without
 * a mock here does not compile. Each server's code loads when it first starts: a run or a send that never
 * touches a mock does not parse five servers and their seed data.
 */
import type { ProviderId } from '../../shared/providers/types';
import type { MockProviderModule } from './module';

export type { StartMock } from './module';

export type MockModules<Id extends string = ProviderId> = { readonly [K in Id]: MockProviderModule<K> };

export const mockModules = {
  apsis: {
    id: 'apsis',
    start: async (options?) => (await import('./apsis/server')).startApsisMock(options),
    portSlot: 0,
  },
  apwt: { id: 'apwt', start: async (options?) => (await import('./apwt/server')).startApwtMock(options), portSlot: 1 },
  'whmcs-clientapi': {
    id: 'whmcs-clientapi',
    start: async (options?) => (await import('./whmcs-clientapi/server')).startWhmcsClientApiMock(options),
    portSlot: 2,
  },
  wbteampro: {
    id: 'wbteampro',
    start: async (options?) => (await import('./wbteampro/server')).startWbTeamProMock(options),
    portSlot: 3,
  },
  webcrm: {
    id: 'webcrm',
    start: async (options?) => (await import('./webcrm/server')).startWebcrmMock(options),
    portSlot: 4,
  },
} satisfies MockModules;
