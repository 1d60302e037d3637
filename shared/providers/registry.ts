/**
 * Every provider Parley knows, one shared module each. The keys of this table are the provider ids:
 * `ProviderId`, `sandboxIds` and the zod enums derive from it, and main, the mocks and the renderer each
 * keep a `Record<ProviderId, …>` of their own modules, so adding a line here without the other layers'
 * modules is a compile error (README, "Adding a provider").
 */
import { apsisModule } from './apsis/module';
import { apwtModule } from './apwt/module';
import { defineProviderModules } from './module';
import type { ProviderDefinition } from './types';
import { wbteamproModule } from './wbteampro/module';
import { webcrmModule } from './webcrm/module';
import { whmcsClientApiModule } from './whmcs-clientapi/module';

/** In sidebar order. */
export const providerModules = defineProviderModules({
  apwt: apwtModule,
  wbteampro: wbteamproModule,
  'whmcs-clientapi': whmcsClientApiModule,
  apsis: apsisModule,
  webcrm: webcrmModule,
});

export type ProviderId = keyof typeof providerModules;

export const providerIds = Object.keys(providerModules) as ProviderId[];

export const providerDefinitions: readonly ProviderDefinition[] = providerIds.map(
  (id) => providerModules[id].definition,
);

export function providerDefinition(id: ProviderId): ProviderDefinition {
  return providerModules[id].definition;
}
