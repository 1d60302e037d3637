/** The main-process half of webCRM: each set of services gets its own token sessions, dropped on dispose. */
import type { MainProviderModule } from '../module';
import { webcrmPacing } from './pacing';
import { createWebcrmAuth } from './auth';

export const webcrmMainModule: MainProviderModule<'webcrm'> = {
  id: 'webcrm',
  pacing: webcrmPacing,
  createAuth: () => createWebcrmAuth(),
};
