/** Each provider's built-in Demo profile, pointed at its local mock server (started on first use). */
import { providerDefinitions } from '../../shared/providers/registry';
import type { DemoSeed } from '../vault/vault';
import { MOCK_SCHEME } from '../mock-servers/manager';

export function demoSeeds(): DemoSeed[] {
  return providerDefinitions.map((definition) => ({
    providerId: definition.id,
    baseUrl: `${MOCK_SCHEME}${definition.id}`,
    demo: definition.demoProfile,
  }));
}
