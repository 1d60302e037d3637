/** How an imported call is recognised as one of a provider's requests: a registry of its own, per provider. */
import type { ProviderDraft, ProviderId } from '../../providers/types';
import type { HttpCall } from '../http-call';

export interface ProviderMatch {
  readonly provider: ProviderDraft;
  /** The base URL a profile of this provider needs for the request to go where it went. */
  readonly baseUrl: string;
  /** Secret profile fields found in the call (an API key): for a profile, never for a file. */
  readonly secrets: readonly { readonly field: string; readonly value: string }[];
  /** Plain profile fields found (a user name). */
  readonly fields: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
}

export interface ProviderImport {
  /** Null when the call is not this provider's. */
  recognise(call: HttpCall): ProviderMatch | null;
}

export type ProviderImports = Readonly<Record<ProviderId, ProviderImport>>;

export function parsedUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
