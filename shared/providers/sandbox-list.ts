/**
 * The sidebar's list, plain HTTP first, from the providers' sidebar entries alone: the window's first paint
 * shows it before any catalog has loaded. Its keys are checked against the registry's provider ids, and
 * sandbox-list.test.ts checks that its order is the registry's.
 */
import type { SandboxInfo } from './module';
import type { ProviderId } from './registry';
import type { SandboxId } from './sandboxes';
import { apsisSandbox } from './apsis/sandbox';
import { apwtSandbox } from './apwt/sandbox';
import { wbteamproSandbox } from './wbteampro/sandbox';
import { webcrmSandbox } from './webcrm/sandbox';
import { whmcsClientApiSandbox } from './whmcs-clientapi/sandbox';

export const httpSandbox: SandboxInfo<'http'> = {
  id: 'http',
  name: 'Plain HTTP',
  badge: 'HT',
  badgeColor: '#546e7a',
  tagline: 'Any URL, any method, every byte of the exchange.',
};

/** In sidebar order. */
const providerSandboxes = {
  apwt: apwtSandbox,
  wbteampro: wbteamproSandbox,
  'whmcs-clientapi': whmcsClientApiSandbox,
  apsis: apsisSandbox,
  webcrm: webcrmSandbox,
} satisfies { readonly [K in ProviderId]: SandboxInfo<K> };

export const sandboxes: readonly SandboxInfo<SandboxId>[] = [httpSandbox, ...Object.values(providerSandboxes)];
