/**
 * Every provider's local mock server. `Record<ProviderId, …>`: a provider in the shared registry without
 * a mock here does not compile.
 */
import type { ProviderId } from '../../shared/providers/types';
import { startApsisMock } from './apsis/server';
import { startApwtMock } from './apwt/server';
import type { MockProviderModule } from './module';
import { startWbTeamProMock } from './wbteampro/server';
import { startWebcrmMock } from './webcrm/server';
import { startWhmcsClientApiMock } from './whmcs-clientapi/server';

export type { StartMock } from './module';

export type MockModules<Id extends string = ProviderId> = { readonly [K in Id]: MockProviderModule<K> };

export const mockModules = {
  apsis: { id: 'apsis', start: startApsisMock, portSlot: 0 },
  apwt: { id: 'apwt', start: startApwtMock, portSlot: 1 },
  'whmcs-clientapi': { id: 'whmcs-clientapi', start: startWhmcsClientApiMock, portSlot: 2 },
  wbteampro: { id: 'wbteampro', start: startWbTeamProMock, portSlot: 3 },
  webcrm: { id: 'webcrm', start: startWebcrmMock, portSlot: 4 },
} satisfies MockModules;
