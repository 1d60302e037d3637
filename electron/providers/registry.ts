/** The secret half of every provider: one line per provider. */
import type { ProviderId } from '../../shared/providers/types';
import type { ProviderAuth } from './types';

export const providerAuths: Partial<Record<ProviderId, ProviderAuth>> = {
};
