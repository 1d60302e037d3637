/** Every provider's local mock server: one line per provider. */
import type { ProviderId } from '../../shared/providers/types';
import type { MockServerHandle } from './http-kit';
import { startApsisMock } from './apsis/server';
import { startApwtMock } from './apwt/server';
import { startWhmcsClientApiMock } from './whmcs-clientapi/server';
import { startWbTeamProMock } from './wbteampro/server';
import { startWebcrmMock } from './webcrm/server';

export type StartMock = (options?: { port?: number }) => Promise<MockServerHandle>;

export const mockServers: Partial<Record<ProviderId, StartMock>> = {
  apsis: startApsisMock,
  apwt: startApwtMock,
  'whmcs-clientapi': startWhmcsClientApiMock,
  wbteampro: startWbTeamProMock,
  webcrm: startWebcrmMock,
};
