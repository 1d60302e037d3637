/** Which providers document limits worth pacing: one line per provider. */
import type { ProviderId } from '../../../shared/providers/types';
import { apsisPacing } from '../apsis/pacing';
import { webcrmPacing } from '../webcrm/pacing';
import type { PacingLimits } from './types';

const providerPacing: Partial<Record<ProviderId, PacingLimits>> = {
  apsis: apsisPacing,
  webcrm: webcrmPacing,
};

/** The limits a sandbox documents; none for plain HTTP and providers without published limits. */
export function pacingLimitsFor(sandbox: string): PacingLimits | undefined {
  return Object.hasOwn(providerPacing, sandbox) ? providerPacing[sandbox as ProviderId] : undefined;
}
