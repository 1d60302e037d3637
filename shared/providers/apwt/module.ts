/** AllProWebTools's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { apwtProvider } from './definition';
import { apwtSandbox } from './sandbox';

export const apwtModule: SharedProviderModule<'apwt'> = {
  id: 'apwt',
  sandbox: apwtSandbox,
  definition: apwtProvider,
};
