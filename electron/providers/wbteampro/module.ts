/** The main-process half of wbteampro: its auth holds no state, so every set of services shares it. */
import type { MainProviderModule } from '../module';
import { wbteamproAuth } from './auth';

export const wbteamproMainModule: MainProviderModule<'wbteampro'> = {
  id: 'wbteampro',
  createAuth: () => wbteamproAuth,
};
