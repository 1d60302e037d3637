/** wbTeamPro's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { wbteamproProvider } from './definition';
import { wbteamproSandbox } from './sandbox';

export const wbteamproModule: SharedProviderModule<'wbteampro'> = {
  id: 'wbteampro',
  sandbox: wbteamproSandbox,
  definition: wbteamproProvider,
};
