/** webCRM's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { webcrmProvider } from './definition';
import { webcrmSandbox } from './sandbox';

export const webcrmModule: SharedProviderModule<'webcrm'> = {
  id: 'webcrm',
  sandbox: webcrmSandbox,
  definition: webcrmProvider,
};
