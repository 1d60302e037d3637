/** Every provider's auth as code, one line each. */
import type { ProviderId } from '../../providers/types';
import { apsisCodegen } from './apsis';
import { apwtCodegen } from './apwt';
import type { ProviderCodegen } from './types';
import { wbteamproCodegen } from './wbteampro';
import { webcrmCodegen } from './webcrm';
import { whmcsClientApiCodegen } from './whmcs-clientapi';

export const providerCodegens = {
  apsis: apsisCodegen,
  apwt: apwtCodegen,
  wbteampro: wbteamproCodegen,
  webcrm: webcrmCodegen,
  'whmcs-clientapi': whmcsClientApiCodegen,
} satisfies Record<ProviderId, ProviderCodegen>;
