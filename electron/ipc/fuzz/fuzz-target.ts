/**
 * The real main services and router over a temp data folder, next to an "outside" folder the fuzzer
 * aims path strings at, and a loopback server the valid samples send to.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcResult } from '../../../shared/ipc/errors';
import { startHttpServer, type TestServer } from '../../http/testing/servers';
import { bootMain, type BootedMain } from '../../vault/vault-test-kit';
import { samplesFor, type Samples } from './samples';

export interface FuzzTarget {
  readonly root: string;
  readonly dataDir: string;
  readonly outside: string;
  readonly samples: Samples;
  readonly main: BootedMain;
  dispatch(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  dispose(): Promise<void>;
}

/**
 * Relative path, size and modification time of every file under a folder: what "stored data" is.
 * A rewrite with the same bytes counts as a change too (stricter than comparing contents, and cheaper).
 */
export function fingerprint(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      if (!stat.isFile()) return `${name}/`;
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}

export async function startFuzzTarget(): Promise<FuzzTarget> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-fuzz-'));
  const dataDir = path.join(root, 'data');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'victim.txt'), 'must stay as it is');
  fs.writeFileSync(path.join(outside, 'shared-request.yaml'), 'name: someone else’s file\n');
  const server: TestServer = await startHttpServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'text/plain' }).end('fuzz ok'));
  });
  const main = bootMain(dataDir, randomBytes(32));
  const profile = await main.ok('profiles.create', {
    providerId: 'http',
    name: 'Fuzz target',
    baseUrl: `${server.origin}/`,
    environment: 'test',
    fields: {},
    secrets: { token: 'fuzz-canary-secret' },
    variables: [],
    notes: '',
  });
  const sent = await main.ok('request.send', {
    requestId: 'seed',
    title: 'seed',
    draft: {
      sandbox: 'http',
      profileId: profile.id,
      method: 'GET',
      url: `${server.origin}/seed`,
      query: [],
      headers: [],
      body: { kind: 'none' },
      provider: null,
    },
  });
  // profiles.export hands the renderer only a file name: the sample import is built in main.
  const exportContent = (await main.services.vault.exportProfiles([profile.id])).content;
  // Open every document now: a first read may write a backup, which is not the call's doing.
  for (const channel of ['settings.get', 'vault.status', 'collections.list', 'history.list', 'profiles.list'])
    await main.call(channel as 'settings.get', {});
  const samples = samplesFor({
    profileId: profile.id,
    historyId: sent.historyId ?? 'none',
    responseId: sent.response?.id ?? 'none',
    origin: server.origin,
    exportContent,
  });
  return {
    root,
    dataDir,
    outside,
    samples,
    main,
    dispatch: (channel, input) => main.call(channel as 'app.info', input as Record<string, never>),
    async dispose() {
      await main.services.dispose();
      await server.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
