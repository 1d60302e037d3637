/** The main-process half of apsis: its auth holds no state, so every set of services shares it. */
import type { MainProviderModule } from '../module';
import { apsisAuth } from './auth';

export const apsisMainModule: MainProviderModule<'apsis'> = {
  id: 'apsis',
  createAuth: () => apsisAuth,
};
