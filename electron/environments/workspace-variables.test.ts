import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { bootMain, filesUnder, type BootedMain } from '../vault/vault-test-kit';

const CANARY = 'CANARY-secret-variable-7e3f9a';
const TYPED = 'CANARY-typed-bearer-51c2d8';

interface Seen {
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
}

async function server(): Promise<{ origin: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const s = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.setHeader('content-type', 'application/json');
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  };
}

let data: string;
let main: BootedMain;
let api: Awaited<ReturnType<typeof server>>;
let other: Awaited<ReturnType<typeof server>>;

beforeEach(async () => {
  data = await mkdtemp(path.join(os.tmpdir(), 'parley-workspace-'));
  main = bootMain(data, randomBytes(32));
  api = await server();
  other = await server();
});

afterEach(async () => {
  await main.services.dispose();
  await api.close();
  await other.close();
  await rm(data, { recursive: true, force: true });
});

const draft = (url: string, headers: [string, string][] = []): RequestDraft => ({
  ...emptyDraft('http'),
  url,
  headers: headers.map(([name, value]) => ({ name, value, enabled: true })),
});
const send = (d: RequestDraft, collectionFile: string | null = null) =>
  main.call('request.send', { requestId: `r-${Math.random()}`, draft: d, title: 'T', collectionFile });

describe('environments and secret variables', () => {
  it('an environment switch changes the resolved URL and the request sent; the secret stays to its origin and out of files, history and IPC', async () => {
    await main.ok('variables.setGlobals', { variables: [{ name: 'api', value: api.origin }] });
    for (const [name, colour] of [
      ['local', 'green'],
      ['staging', 'amber'],
    ] as const)
      await main.ok('variables.saveEnvironment', {
        name,
        colour,
        variables: [
          { name: 'base', value: `{{api}}/${name}` },
          { name: 'token', value: CANARY, secret: true, allowedOrigins: [api.origin] },
        ],
      });
    const view = await main.ok('variables.setActive', { name: 'local' });
    expect(view.active).toBe('local');
    expect(view.environments.map((e) => [e.name, e.colour, e.variables[1]?.secret, e.variables[1]?.set])).toEqual([
      ['local', 'green', true, true],
      ['staging', 'amber', true, true],
    ]);
    expect(JSON.stringify(view)).not.toContain(CANARY);

    const request = draft('{{base}}/items?at={{$timestamp}}', [['X-Token', '{{token}}']]);
    const local = await main.ok('request.send', { requestId: 'a', draft: request, title: 'Items' });
    expect(api.seen.at(-1)?.url).toMatch(/^\/local\/items\?at=\d{10}$/);
    expect(api.seen.at(-1)?.headers['x-token']).toBe(CANARY);
    expect(JSON.stringify(local)).not.toContain(CANARY);

    await main.ok('variables.setActive', { name: 'staging' });
    await main.ok('request.send', { requestId: 'b', draft: request, title: 'Items' });
    expect(api.seen.at(-1)?.url).toMatch(/^\/staging\/items/);
    const [explained] = await main.ok('variables.explain', { collectionFile: null, names: ['base'] });
    expect(explained).toEqual({
      name: 'base',
      layer: 'environment staging',
      value: `${api.origin}/staging`,
      secret: false,
    });
    const [secret] = await main.ok('variables.explain', { collectionFile: null, names: ['token'] });
    expect(secret).toMatchObject({ layer: 'environment staging', secret: true });
    expect(secret?.value).not.toContain(CANARY);

    // The same secret toward another origin: refused, nothing reaches that server.
    const refused = await send(draft(`${other.origin}/steal`, [['X-Token', '{{token}}']]));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain(`may be sent to ${api.origin}, not to ${other.origin}`);
    // Hidden inside another variable: refused the same way.
    await main.ok('variables.setGlobals', {
      variables: [
        { name: 'api', value: api.origin },
        { name: 'wrapped', value: 'Bearer {{token}}' },
      ],
    });
    const wrapped = await send(draft(`${other.origin}/steal`, [['X-Auth', '{{wrapped}}']]));
    expect(wrapped.ok).toBe(false);
    expect(other.seen).toHaveLength(0);

    const saved = await main.ok('collections.save', { name: 'Items', draft: request, file: null });
    expect(saved.file).toBe('items.yaml');
    const everything = filesUnder(data).filter(({ bytes }) => bytes.includes(CANARY));
    expect(everything.map((f) => f.file)).toEqual([]);
    expect(JSON.stringify(main.outputs)).not.toContain(CANARY);
  });

  it('folder variables beat the environment, and the hover names the folder', async () => {
    await main.ok('variables.saveEnvironment', {
      name: 'live',
      colour: 'red',
      variables: [{ name: 'base', value: `${other.origin}/live` }],
    });
    await main.ok('variables.setActive', { name: 'live' });
    const { folder } = await main.ok('collections.createFolder', { parent: '', name: 'Local only' });
    await main.ok('collections.updateFolder', { folder, variables: [{ name: 'base', value: `${api.origin}/folder` }] });
    const item = await main.ok('collections.save', { name: 'Ping', draft: draft('{{base}}/ping'), file: null, folder });
    await send(draft('{{base}}/ping'), item.file);
    expect(api.seen.map((s) => s.url)).toEqual(['/folder/ping']);
    const [explained] = await main.ok('variables.explain', { collectionFile: item.file, names: ['base'] });
    expect(explained?.layer).toBe('folder local-only');
  });

  it('a bearer token typed by hand is masked in history and moved out of the saved YAML', async () => {
    const typed = draft(`${api.origin}/me`, [['Authorization', `Bearer ${TYPED}`]]);
    const outcome = await main.ok('request.send', { requestId: 'c', draft: typed, title: 'Me' });
    expect(api.seen.at(-1)?.headers.authorization).toBe(`Bearer ${TYPED}`);
    expect(JSON.stringify(outcome)).not.toContain(TYPED);
    const item = await main.ok('collections.save', { name: 'Me', draft: typed, file: null });
    const yaml = await readFile(path.join(data, 'collections', item.file), 'utf8');
    expect(yaml).toContain('Bearer {{authorization}}');
    expect(filesUnder(data).filter(({ bytes }) => bytes.includes(TYPED))).toEqual([]);
    // The moved credential still works from the saved request: nothing was lost.
    await send(item.draft as RequestDraft, item.file);
    expect(api.seen.at(-1)?.headers.authorization).toBe(`Bearer ${TYPED}`);
  });
});
