/** APSIS Pro's shared module: its sidebar entry and its definition (catalog, build, interpret). */
import type { SharedProviderModule } from '../module';
import { apsisProvider } from './definition';
import { apsisSandbox } from './sandbox';

export const apsisModule: SharedProviderModule<'apsis'> = {
  id: 'apsis',
  sandbox: apsisSandbox,
  definition: apsisProvider,
};
