/** The limits a sandbox documents, read from its main module's `pacing` capability. */
import { mainProviderModules } from '../registry';
import type { PacingLimits } from './types';

/** None for plain HTTP and for providers without published limits. */
export function pacingLimitsFor(sandbox: string): PacingLimits | undefined {
  return Object.hasOwn(mainProviderModules, sandbox)
    ? mainProviderModules[sandbox as keyof typeof mainProviderModules].pacing
    : undefined;
}
