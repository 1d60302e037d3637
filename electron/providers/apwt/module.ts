/** The main-process half of apwt: its auth holds no state, so every set of services shares it. */
import type { MainProviderModule } from '../module';
import { apwtAuth } from './auth';

export const apwtMainModule: MainProviderModule<'apwt'> = {
  id: 'apwt',
  createAuth: () => apwtAuth,
};
