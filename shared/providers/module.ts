/**
 * A provider's shared module: everything about it that needs no secret and runs in both processes.
 * The registry (registry.ts) collects one per provider; its keys are the provider ids.
 */
import type { HeaderList, HttpRequestSpec } from '../http/types';
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

/** What a provider's auth looks like as code: the parts a code generator places around the request. */
export interface AuthCodeParts {
  /** Variables the snippet reads from the environment instead of holding a secret: name → what it is. */
  readonly variables: Readonly<Record<string, string>>;
  /** Headers to add, with values that refer to those variables (e.g. `Bearer ${TOKEN}`). */
  readonly headers: HeaderList;
  /** Statements to run first (a token exchange, an MD5 of the password), one line each. */
  readonly setup: readonly string[];
  /** One-line remarks shown beside the snippet. */
  readonly notes: readonly string[];
}

/** Turns a request built for this provider (credentials not applied) into auth-as-code parts. */
export type ProviderCodegen = (request: HttpRequestSpec) => AuthCodeParts;

export interface SharedProviderModule<Id extends string = string> {
  readonly id: Id;
  readonly sandbox: SandboxInfo<Id>;
  /** Catalog, profile fields, demo profile, request building and response interpretation. */
  readonly definition: ProviderDefinition<Id>;
  readonly codegen?: ProviderCodegen;
}

/**
 * The registry's shape check: every entry is a complete module whose id is its key. A missing piece or a
 * mismatched id is a compile error at the registry line.
 */
export type ProviderModuleTable<T> = { readonly [K in keyof T]: SharedProviderModule<K & string> };

export function defineProviderModules<const T extends ProviderModuleTable<T>>(modules: T): T {
  return modules;
}
