/** The main-process half of whmcs-clientapi: its auth holds no state, so every set of services shares it. */
import type { MainProviderModule } from '../module';
import { whmcsClientApiAuth } from './auth';

export const whmcsClientApiMainModule: MainProviderModule<'whmcs-clientapi'> = {
  id: 'whmcs-clientapi',
  createAuth: () => whmcsClientApiAuth,
};
