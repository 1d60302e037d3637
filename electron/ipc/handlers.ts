/**
 * Builds every handler from injected dependencies. A feature adds its handlers with one spread here;
 * the `Handlers` type makes the compiler refuse a contract channel that has no handler.
 */
import { HandlerError } from '../../shared/ipc/errors';
import type { MainDeps } from '../deps';
import { createSettingsHandlers, createSettingsRepository } from '../settings/settings-handlers';
import { createAppHandlers } from './handlers/app-handlers';
import { createPipeline } from '../pipeline/wire';
import { createCollections } from '../collections/wire';
import type { Handlers } from './router';
import { demoSeeds } from '../providers/demo-seeds';
import { createProviderAuths, mainProviderModules } from '../providers/registry';
import { createVault, type Vault } from '../vault/vault';
import { createProfileHandlers } from '../vault/vault-handlers';
import { confirmProxyChange } from '../vault/risky-changes';
import { createHttpEngine, type HttpEngine } from '../http/engine';
import { createResponseHandlers } from '../http/response-handlers';
import { createHistoryStore, type HistoryStore } from '../history/store';
import { createHistoryHandlers } from '../history/history-handlers';
import { createFileGrants } from '../files/file-grants';
import { createFileHandlers } from '../files/file-handlers';
import { createCodeHandlers } from '../codegen/code-handlers';
import { prepareDataFolder } from '../store/data-folder';
import { createSessionHandlers, createSessionStore } from '../session/session-store';

export interface MainServices {
  readonly handlers: Handlers;
  readonly vault: Vault;
  readonly engine: HttpEngine;
  readonly history: HistoryStore;
  /** Releases sockets, watchers and timers: called when the app quits or a test ends. */
  dispose(): Promise<void>;
}

export function createMainServices(deps: MainDeps): MainServices {
  prepareDataFolder(deps.paths);
  const settings = createSettingsRepository(deps);
  const auths = createProviderAuths(mainProviderModules, { clock: deps.clock });
  const vault = createVault(deps, {
    onCredentialsChanged: (id) => auths.all().forEach((auth) => auth.forget?.(id)),
    lockoutFor: (providerId) => (providerId === 'http' ? undefined : auths.get(providerId).lockout),
  });
  // First launch: every provider gets a Demo profile on its local mock, so a new user can send at once.
  vault.ensureDemoProfiles(demoSeeds());
  const engine = createHttpEngine({ bodiesDir: deps.paths.bodies, settings: () => settings.read() });
  const history = createHistoryStore({
    dir: deps.paths.history,
    bodiesDir: deps.paths.bodies,
    clock: deps.clock,
    retention: () => ({ maxEntries: settings.read().historyMaxEntries, maxBytes: settings.read().historyMaxBytes }),
  });
  const files = createFileGrants();
  // A profile whose secret cannot be decrypted (a reset key store) must not stop saving requests.
  const secretsOrNone = (id: string): Record<string, string> => {
    try {
      return vault.secretsFor(id);
    } catch {
      return {};
    }
  };
  const collections = createCollections(deps, settings, {
    status: () => vault.status(),
    profileIdByName: (providerId, name) => vault.list(providerId).find((p) => p.name === name)?.id ?? null,
    profileName: (id) => vault.get(id)?.name ?? null,
    secrets: () =>
      vault
        .list()
        .flatMap((p) => Object.entries(secretsOrNone(p.id)).map(([variable, value]) => ({ variable, value }))),
  });
  const pipeline = createPipeline(deps, {
    auths,
    vault,
    files,
    engine,
    history: { record: async (entry) => (await history.append(entry)).id },
    workspace: collections.layers,
  });
  const session = createSessionStore(deps, collections.secretValues);
  const handlers: Handlers = {
    ...createAppHandlers(deps),
    ...createSettingsHandlers(settings),
    'settings.update': async (patch) => {
      if (patch.collectionsDir !== undefined && patch.collectionsDir !== settings.read().collectionsDir)
        throw new HandlerError(
          'conflict',
          'Choose the collection folder with "Change folder…": it opens a folder picker.',
        );
      const withSecrets = vault.list().filter((p) => Object.values(p.secrets).some((s) => s.set)).length;
      await confirmProxyChange(deps.dialogs, settings.read().proxyUrl, patch.proxyUrl ?? '', withSecrets);
      return settings.update(patch);
    },
    ...createProfileHandlers(vault, deps.dialogs),
    ...pipeline.handlers,
    ...collections.handlers,
    ...createResponseHandlers(engine, deps.clipboard),
    ...createHistoryHandlers(history),
    ...createFileHandlers(deps.dialogs, files),
    ...createCodeHandlers({ vault, mocks: pipeline.mocks, clipboard: deps.clipboard }),
    ...createSessionHandlers(session),
  };
  return {
    handlers,
    vault,
    engine,
    history,
    async dispose() {
      // Features with resources (HTTP pools, file watchers, mock servers) release them here.
      session.dispose();
      await pipeline.dispose();
      await collections.dispose();
      await engine.close();
      // The history opens in the background: let it finish before the folder may go away.
      await history.usage().catch(() => undefined);
      auths.dispose();
    },
  };
}
