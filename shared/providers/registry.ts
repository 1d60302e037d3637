/** Every provider Parley knows. Adding a provider is one line here (plus its folders, see README). */
import type { ProviderDefinition, ProviderId } from './types';
import { apsisProvider } from './apsis/definition';
import { apwtProvider } from './apwt/definition';
import { whmcsClientApiProvider } from './whmcs-clientapi/definition';
import { wbteamproProvider } from './wbteampro/definition';
import { webcrmProvider } from './webcrm/definition';

export const providerDefinitions: Partial<Record<ProviderId, ProviderDefinition>> = {
  apsis: apsisProvider,
  apwt: apwtProvider,
  'whmcs-clientapi': whmcsClientApiProvider,
  wbteampro: wbteamproProvider,
  webcrm: webcrmProvider,
};

export function providerDefinition(id: ProviderId): ProviderDefinition | undefined {
  return providerDefinitions[id];
}
