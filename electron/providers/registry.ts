/**
 * The main-process module of every provider. `Record<ProviderId, …>`: a provider in the shared registry
 * without its module here does not compile.
 */
import type { ProviderId } from '../../shared/providers/types';
import { apsisMainModule } from './apsis/module';
import { apwtMainModule } from './apwt/module';
import type { MainProviderDeps, MainProviderModule } from './module';
import type { ProviderAuth } from './types';
import { wbteamproMainModule } from './wbteampro/module';
import { webcrmMainModule } from './webcrm/module';
import { whmcsClientApiMainModule } from './whmcs-clientapi/module';

export const mainProviderModules = {
  apsis: apsisMainModule,
  apwt: apwtMainModule,
  'whmcs-clientapi': whmcsClientApiMainModule,
  wbteampro: wbteamproMainModule,
  webcrm: webcrmMainModule,
} satisfies MainModules;

export type MainModules<Id extends string = ProviderId> = { readonly [K in Id]: MainProviderModule<K> };

/** One set of provider auths, owned by one set of main services. */
export interface ProviderAuths<Id extends string = ProviderId> {
  get(id: Id): ProviderAuth<Id>;
  all(): readonly ProviderAuth<Id>[];
  /** Drops every cached token and session. */
  dispose(): void;
}

export function createProviderAuths<Id extends string>(
  modules: MainModules<Id>,
  deps: MainProviderDeps,
): ProviderAuths<Id> {
  const auths = new Map((Object.keys(modules) as Id[]).map((id) => [id, modules[id].createAuth(deps)] as const));
  return {
    get(id) {
      const auth = auths.get(id);
      if (!auth) throw new Error(`No provider module for ${id}.`);
      return auth;
    },
    all: () => [...auths.values()],
    dispose: () => auths.forEach((auth) => auth.dispose?.()),
  };
}
