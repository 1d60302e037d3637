/**
 * Builds every handler from injected dependencies. A feature adds its handlers with one spread here;
 * the `Handlers` type makes the compiler refuse a contract channel that has no handler.
 */
import type { MainDeps } from '../deps';
import { createSettingsHandlers, createSettingsRepository } from '../settings/settings-handlers';
import { createAppHandlers } from './handlers/app-handlers';
import { createPipeline } from '../pipeline/wire';
import { createCollections } from '../collections/wire';
import type { Handlers } from './router';
import { createVault, type Vault } from '../vault/vault';
import { createProfileHandlers } from '../vault/vault-handlers';

export interface MainServices {
  readonly handlers: Handlers;
  readonly vault: Vault;
  /** Releases sockets, watchers and timers: called when the app quits or a test ends. */
  dispose(): Promise<void>;
}

export function createMainServices(deps: MainDeps): MainServices {
  const settings = createSettingsRepository(deps);
  const vault = createVault(deps);
  const pipeline = createPipeline(deps, { vault });
  const collections = createCollections(deps, settings);
  const handlers: Handlers = {
    ...createAppHandlers(deps),
    ...createSettingsHandlers(settings),
    ...createProfileHandlers(vault),
    ...pipeline.handlers,
    ...collections.handlers,
  };
  return {
    handlers,
    vault,
    async dispose() {
      // Features with resources (HTTP pools, file watchers, mock servers) release them here.
      await pipeline.dispose();
      await collections.dispose();
    },
  };
}
