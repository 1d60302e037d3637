/**
 * A provider's shared module: everything about it that needs no secret and runs in both processes.
 * The registry (registry.ts) collects one per provider; its keys are the provider ids.
 */
import type { ProviderDefinition } from './types';

/** How a sandbox is listed: the sidebar entry, tab and collection badges. */
export interface SandboxInfo<Id extends string = string> {
  readonly id: Id;
  readonly name: string;
  readonly tagline: string;
  /** Two letters for the badge. */
  readonly badge: string;
  /** The badge's background (white text on it must stay readable in both themes). */
  readonly badgeColor: string;
}

export interface SharedProviderModule<Id extends string = string> {
  readonly id: Id;
  readonly sandbox: SandboxInfo<Id>;
  /** Catalog, profile fields, demo profile, request building and response interpretation. */
  readonly definition: ProviderDefinition<Id>;
}

/**
 * The registry's shape check: every entry is a complete module whose id is its key. A missing piece or a
 * mismatched id is a compile error at the registry line.
 */
export type ProviderModuleTable<T> = { readonly [K in keyof T]: SharedProviderModule<K & string> };

export function defineProviderModules<const T extends ProviderModuleTable<T>>(modules: T): T {
  return modules;
}
