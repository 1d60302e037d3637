/** The sandboxes the sidebar lists: plain HTTP first, then every provider of the registry, in its order. */
import type { SandboxInfo } from './module';
import { providerIds, providerModules, type ProviderId } from './registry';
import { httpSandbox } from './sandbox-list';

export type { SandboxInfo };
export { httpSandbox, sandboxes } from './sandbox-list';

export type SandboxId = 'http' | ProviderId;

export const sandboxIds: readonly ['http', ...ProviderId[]] = ['http', ...providerIds];

/** The sandboxes of a set of provider modules, plain HTTP first: the sidebar's list. */
export function sandboxList<Id extends string>(modules: {
  readonly [K in Id]: { readonly sandbox: SandboxInfo<K> };
}): readonly SandboxInfo<'http' | Id>[] {
  return [httpSandbox, ...(Object.keys(modules) as Id[]).map((id) => modules[id].sandbox)];
}

export function sandboxById(id: SandboxId): SandboxInfo<SandboxId> {
  return id === 'http' ? httpSandbox : providerModules[id].sandbox;
}
