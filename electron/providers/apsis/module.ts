/** The main-process half of apsis: its auth holds no state, so every set of services shares it. */
import type { MainProviderModule } from '../module';
import { apsisPacing } from './pacing';
import { apsisAuth } from './auth';

export const apsisMainModule: MainProviderModule<'apsis'> = {
  id: 'apsis',
  pacing: apsisPacing,
  createAuth: () => apsisAuth,
};
