/** A provider's local mock server, and its fixed place when `npm run mock -- --port-base N` pins ports. */
import type { ProviderId } from '../../shared/providers/types';
import type { MockServerHandle } from './http-kit';

export type StartMock = (options?: { port?: number }) => Promise<MockServerHandle>;

export interface MockProviderModule<Id extends string = ProviderId> {
  readonly id: Id;
  readonly start: StartMock;
  /**
   * The offset from `--port-base`: fixed per provider (never its place in the registry), so scripts that
   * call `127.0.0.1:4103` keep reaching the same mock when a provider is added. Unique across providers.
   */
  readonly portSlot: number;
}
