/**
 * A provider's main-process module: its secret half (auth) and optional capabilities. Stateful parts are
 * created per set of main services by `createAuth` and disposed with them, so a restart starts clean.
 */
import type { Clock } from '../deps';
import type { ProviderId } from '../../shared/providers/types';
import type { ProviderAuth } from './types';

export interface MainProviderDeps {
  readonly clock: Clock;
}

/** A documented rate limit: at most `max` requests in any `windowMs`. */
export interface RateLimit {
  readonly windowMs: number;
  readonly max: number;
}

/** How fast the provider lets a client send; a send that would exceed it is warned about first. */
export interface ProviderPacing {
  readonly limits: readonly RateLimit[];
  /** The shortest gap between two identical requests (APSIS: five minutes between identical polls). */
  readonly minIntervalForIdenticalMs?: number;
}

export interface MainProviderModule<Id extends string = ProviderId> {
  readonly id: Id;
  createAuth(deps: MainProviderDeps): ProviderAuth<Id>;
  readonly pacing?: ProviderPacing;
}
