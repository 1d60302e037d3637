/**
 * One valid input per channel, from which the fuzzer mutates: a hostile value put where a valid one
 * was reaches deeper than random input, which the schemas reject at the first field.
 * The type makes the compiler refuse a channel without a sample.
 */
import type { ChannelInput, ChannelName } from '../../../shared/ipc/contract';
import type { RequestDraft } from '../../../shared/request/draft';

export interface SampleContext {
  /** A profile that exists, with a secret. */
  readonly profileId: string;
  /** A history entry that exists. */
  readonly historyId: string;
  /** A stored response body. */
  readonly responseId: string;
  /** A loopback server that answers every request with a short text. */
  readonly origin: string;
  /** An export of the profile, without secrets. */
  readonly exportContent: string;
}

export type Samples = { readonly [C in ChannelName]: ChannelInput<C> };

export function samplesFor(context: SampleContext): Samples {
  const draft: RequestDraft = {
    sandbox: 'http',
    profileId: context.profileId,
    method: 'POST',
    url: `${context.origin}/echo?q={{token}}`,
    query: [{ name: 'page', value: '1', enabled: true }],
    headers: [{ name: 'X-Trace', value: 'fuzz', enabled: true }],
    body: { kind: 'text', text: 'hello', contentType: 'text/plain' },
    provider: null,
    transport: { totalTimeoutMs: 5_000, idleTimeoutMs: 2_000 },
  };
  return {
    'app.info': {},
    'settings.get': {},
    'settings.update': { theme: 'dark', maxRedirects: 3 },
    'settings.caFile.set': { token: null },
    'profiles.list': { providerId: 'http' },
    'profiles.get': { id: context.profileId },
    'profiles.create': {
      providerId: 'http',
      name: 'Fuzzed',
      baseUrl: `${context.origin}/`,
      environment: 'test',
      fields: {},
      secrets: { token: 'fuzz-canary-secret' },
      variables: [{ name: 'v', value: '1' }],
      notes: 'n',
    },
    'profiles.update': { id: context.profileId, patch: { notes: 'changed', environment: 'test' } },
    'profiles.duplicate': { id: context.profileId },
    'profiles.delete': { id: context.profileId },
    'profiles.undoDelete': { id: context.profileId },
    'profiles.reorder': { providerId: 'http', ids: [context.profileId] },
    'profiles.lastUsed.get': { providerId: 'http' },
    'profiles.lastUsed.set': { providerId: 'http', profileId: context.profileId },
    'profiles.export': { ids: [context.profileId] },
    'profiles.import': { content: context.exportContent },
    'profiles.authState': { profileId: context.profileId },
    'vault.status': {},
    'vault.consent': { given: true },
    'request.preview': { draft },
    'request.send': { requestId: 'fuzz-1', draft, title: 'fuzz', confirmRisk: false },
    'request.cancel': { requestId: 'fuzz-1' },
    'profiles.testConnection': { profileId: context.profileId, confirmRisk: false },
    'profiles.tokenState': { profileId: context.profileId },
    'mocks.status': {},
    'collections.list': {},
    'collections.save': { name: 'Fuzzed request', draft, file: null },
    'collections.delete': { file: 'fuzzed-request.yaml' },
    'collections.chooseFolder': {},
    'collections.undoDelete': { file: 'fuzzed-request.yaml' },
    'collections.rename': { file: 'fuzzed-request.yaml', name: 'Renamed by the fuzzer' },
    'collections.duplicate': { file: 'fuzzed-request.yaml' },
    'collections.move': { file: 'fuzzed-request.yaml', folder: 'fuzz', index: null },
    'collections.reorder': { folder: '', order: ['fuzzed-request.yaml', 'fuzz/'] },
    'collections.createFolder': { parent: '', name: 'fuzz' },
    'collections.renameFolder': { folder: 'fuzz', name: 'fuzzed' },
    'collections.updateFolder': {
      folder: 'fuzz',
      description: 'fuzzed',
      variables: [{ name: 'page', value: '1', secret: false }],
    },
    'collections.openFolders': {},
    'collections.addFolder': {},
    'collections.removeFolder': { dir: '/tmp/not-open' },
    'collections.switchFolder': { dir: '/tmp/not-open' },
    'variables.get': {},
    'variables.setGlobals': { variables: [{ name: 'page', value: '2', secret: false }] },
    'variables.saveEnvironment': {
      name: 'local',
      colour: 'green',
      variables: [{ name: 'host', value: context.origin, secret: false }],
    },
    'variables.removeEnvironment': { name: 'local' },
    'variables.setActive': { name: null },
    'variables.explain': { collectionFile: null, names: ['page', 'host'] },
    'variables.moveCredential': {
      collectionFile: null,
      name: 'X-Api-Key',
      value: 'fuzz-key',
      url: `${context.origin}/echo`,
    },
    'files.pick': {},
    'runner.pickData': {},
    'runner.start': { folder: 'fuzz', iterations: 1, dataFile: null, delayMs: 0, concurrency: 1 },
    'runner.cancel': { runId: 'fuzz-run' },
    'runner.result': { runId: 'fuzz-run', index: 0 },
    'runner.saveReport': { runId: 'fuzz-run', kind: 'html' },
    'code.generate': { draft, target: 'curl' },
    'code.copyWithSecrets': { draft, target: 'php-curl' },
    'import.pickFile': {},
    'import.apply': { id: 'fuzz-import', storeSecrets: false },
    'import.curl': { text: `curl -H 'Authorization: Bearer fuzz-token' ${context.origin}/echo` },
    'export.collection': { folder: '', format: 'postman' },
    'export.history': { query: 'orders' },
    'response.body.read': { responseId: context.responseId, offset: 0, length: 16 },
    'response.body.bytes': { responseId: context.responseId, offset: 0, length: 16 },
    'response.body.rows': { responseId: context.responseId, from: 0, count: 50 },
    'response.body.find': { responseId: context.responseId, query: 'hello', fromRow: 0 },
    'response.body.copy': { responseId: context.responseId },
    'response.body.jsonpath': { responseId: context.responseId, expression: '$.items[0].id' },
    'response.body.save': { responseId: context.responseId, suggestedName: 'body.json' },
    'history.list': { query: 'echo', limit: 10 },
    'history.get': { id: context.historyId },
    'history.delete': { id: context.historyId },
    'history.clear': {},
    'session.get': {},
    'session.save': {
      tabs: [{ id: 'tab-1', title: 'Fuzzed tab', draft, savedDraft: null, collectionFile: null, scrollTop: 120 }],
      activeId: 'tab-1',
      layout: { orientation: 'stacked', ratio: 0.4 },
    },
  };
}
