/** The secret half of every provider: one line per provider. */
import type { ProviderId } from '../../shared/providers/types';
import type { ProviderAuth } from './types';
import { apsisAuth } from './apsis/auth';
import { apwtAuth } from './apwt/auth';
import { whmcsClientApiAuth } from './whmcs-clientapi/auth';
import { wbteamproAuth } from './wbteampro/auth';
import { webcrmAuth } from './webcrm/auth';

export const providerAuths: Partial<Record<ProviderId, ProviderAuth>> = {
  apsis: apsisAuth,
  apwt: apwtAuth,
  'whmcs-clientapi': whmcsClientApiAuth,
  wbteampro: wbteamproAuth,
  webcrm: webcrmAuth,
};
