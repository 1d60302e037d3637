/** The main-process half of webCRM: each set of services gets its own token sessions, dropped on dispose. */
import type { MainProviderModule } from '../module';
import { createWebcrmAuth } from './auth';

export const webcrmMainModule: MainProviderModule<'webcrm'> = {
  id: 'webcrm',
  createAuth: () => createWebcrmAuth(),
};
