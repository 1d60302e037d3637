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
import { demoSeeds } from '../providers/demo-seeds';
import { createProviderAuths, mainProviderModules } from '../providers/registry';
import { createVault, type Vault } from '../vault/vault';
import { createProfileHandlers } from '../vault/vault-handlers';
import { profileHomeUrl } from '../pipeline/profile-home';
import { createHttpEngine, type HttpEngine } from '../http/engine';
import { createResponseHandlers } from '../http/response-handlers';
import { JSONPATH_HEAP_MB } from '../http/body-file-handlers';
import { createJsonPathRunner } from '../http/jsonpath-runner';
import { createHistoryStore, type HistoryStore } from '../history/store';
import { createHistoryHandlers } from '../history/history-handlers';
import { createHistoryExportHandlers } from '../history/history-export';
import { createFileGrants } from '../files/file-grants';
import { createFileHandlers } from '../files/file-handlers';
import { createCodeHandlers } from '../codegen/code-handlers';
import { prepareDataFolder } from '../store/data-folder';
import { createSessionHandlers, createSessionStore } from '../session/session-store';
import { createAppRunner } from '../run/app-runner';

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
    profiles: {
      list: (providerId) => vault.list(providerId),
      create: (input) => vault.create(input),
      update: (id, patch) => vault.update(id, patch),
    },
  });
  const pipeline = createPipeline(deps, {
    auths,
    vault,
    files,
    engine,
    history: { record: async (entry) => (await history.append(entry)).id },
    workspace: collections.layers,
    captures: collections.captures,
  });
  const runner = createAppRunner({
    send: pipeline.runSend,
    collectionDir: collections.folder,
    // A named profile that is not here is not swapped for another: the send then asks for a profile.
    resolveProfile: (sandbox, name) =>
      (name === null ? vault.list(sandbox)[0] : vault.list(sandbox).find((p) => p.name === name))?.id ?? null,
    files,
    dialogs: deps.dialogs,
    emit: deps.emit,
    clock: deps.clock,
    secretValues: () => vault.list().flatMap((p) => Object.values(secretsOrNone(p.id))),
  });
  const session = createSessionStore(deps, collections.secretValues);
  const jsonPath = createJsonPathRunner({ maxHeapMb: JSONPATH_HEAP_MB });
  const handlers: Handlers = {
    ...createAppHandlers(deps),
    ...createSettingsHandlers(settings, {
      dialogs: deps.dialogs,
      files,
      profilesWithSecrets: () => vault.list().filter((p) => Object.values(p.secrets).some((s) => s.set)).length,
    }),
    // A change of where the secrets go is asked about whether it is the base URL or a field (APSIS's region).
    ...createProfileHandlers(vault, deps.dialogs, (profile) => profileHomeUrl(profile, profile.baseUrl, auths)),
    ...pipeline.handlers,
    ...collections.handlers,
    ...createResponseHandlers(engine, { clipboard: deps.clipboard, dialogs: deps.dialogs, jsonPath }),
    ...createHistoryHandlers(history),
    ...createHistoryExportHandlers({
      history,
      dialogs: deps.dialogs,
      secretValues: () => vault.list().flatMap((p) => Object.values(secretsOrNone(p.id))),
      now: () => new Date(deps.clock.now()),
    }),
    ...createFileHandlers(deps.dialogs, files),
    ...createCodeHandlers({ vault, mocks: pipeline.mocks, clipboard: deps.clipboard, files }),
    ...createSessionHandlers(session),
    ...runner.handlers,
  };
  return {
    handlers,
    vault,
    engine,
    history,
    async dispose() {
      // Features with resources (HTTP pools, file watchers, mock servers) release them here.
      session.dispose();
      runner.cancelAll();
      await jsonPath.dispose();
      await pipeline.dispose();
      await collections.dispose();
      await engine.close();
      // The history opens in the background: let it finish before the folder may go away.
      await history.usage().catch(() => undefined);
      auths.dispose();
    },
  };
}
