/** WHMCS Client API's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { whmcsClientApiProvider } from './definition';
import { whmcsClientApiSandbox } from './sandbox';

export const whmcsClientApiModule: SharedProviderModule<'whmcs-clientapi'> = {
  id: 'whmcs-clientapi',
  sandbox: whmcsClientApiSandbox,
  definition: whmcsClientApiProvider,
};
