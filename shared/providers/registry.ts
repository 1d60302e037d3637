/** Every provider Parley knows. Adding a provider is one line here (plus its folders, see README). */
import type { ProviderDefinition, ProviderId } from './types';

export const providerDefinitions: Partial<Record<ProviderId, ProviderDefinition>> = {
};

export function providerDefinition(id: ProviderId): ProviderDefinition | undefined {
  return providerDefinitions[id];
}
