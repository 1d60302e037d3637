/**
 * Each provider's recogniser, keyed by provider id (it does not compile without one per provider). Kept
 * apart from the shared modules so the renderer's first paint does not carry it (it is main's).
 */
import type { ProviderId } from '../../providers/types';
import type { HttpCall } from '../http-call';
import { apsisImport } from './apsis';
import { apwtImport } from './apwt';
import type { ProviderImports, ProviderMatch } from './types';
import { wbteamproImport } from './wbteampro';
import { webcrmImport } from './webcrm';
import { whmcsClientApiImport } from './whmcs-clientapi';

export const providerImports = {
  apwt: apwtImport,
  wbteampro: wbteamproImport,
  'whmcs-clientapi': whmcsClientApiImport,
  apsis: apsisImport,
  webcrm: webcrmImport,
} satisfies ProviderImports;

/** The first provider that recognises the call. */
export function recogniseProvider(call: HttpCall): { id: ProviderId; match: ProviderMatch } | null {
  for (const [id, module] of Object.entries(providerImports) as [ProviderId, ProviderImports[ProviderId]][]) {
    const match = module.recognise(call);
    if (match) return { id, match };
  }
  return null;
}
