/** The sandboxes the sidebar lists: plain HTTP first, then every provider of the registry, in its order. */
import type { SandboxInfo } from './module';
import { providerIds, providerModules, type ProviderId } from './registry';

export type { SandboxInfo };

export type SandboxId = 'http' | ProviderId;

export const sandboxIds: readonly ['http', ...ProviderId[]] = ['http', ...providerIds];

export const httpSandbox: SandboxInfo<'http'> = {
  id: 'http',
  name: 'Plain HTTP',
  badge: 'HT',
  badgeColor: '#546e7a',
  tagline: 'Any URL, any method, every byte of the exchange.',
};

/** The sandboxes of a set of provider modules, plain HTTP first: the sidebar's list. */
export function sandboxList<Id extends string>(modules: {
  readonly [K in Id]: { readonly sandbox: SandboxInfo<K> };
}): readonly SandboxInfo<'http' | Id>[] {
  return [httpSandbox, ...(Object.keys(modules) as Id[]).map((id) => modules[id].sandbox)];
}

export const sandboxes: readonly SandboxInfo<SandboxId>[] = sandboxList(providerModules);

export function sandboxById(id: SandboxId): SandboxInfo<SandboxId> {
  return id === 'http' ? httpSandbox : providerModules[id].sandbox;
}
