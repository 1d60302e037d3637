/**
 * A provider's main-process module: its secret half (auth) and optional capabilities. Stateful parts are
 * created per set of main services by `createAuth` and disposed with them, so a restart starts clean.
 */
import type { Clock } from '../deps';
import type { ProviderId } from '../../shared/providers/types';
import type { PacingLimits } from './pacing/types';
import type { ProviderAuth } from './types';

export interface MainProviderDeps {
  readonly clock: Clock;
}

export interface MainProviderModule<Id extends string = ProviderId> {
  readonly id: Id;
  createAuth(deps: MainProviderDeps): ProviderAuth<Id>;
  /** The documented rate limits; the pipeline warns before a send that would exceed them. */
  readonly pacing?: PacingLimits;
}
