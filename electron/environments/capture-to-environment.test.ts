/**
 * "Keep in the environment" on a capture: after a send in the app, the captured value is in the active
 * environment, and the next request resolves it from there; without an active environment, or for a value
 * holding a secret, nothing is kept and the response pane says why.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { startHttpServer, type TestServer } from '../http/testing/servers';
import { bootMain, type BootedMain } from '../vault/vault-test-kit';

let server: TestServer;
const seen: string[] = [];
let data: string;
let main: BootedMain;

beforeAll(async () => {
  server = await startHttpServer((request, response) => {
    seen.push(request.url ?? '');
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: 812, echoed: request.headers['x-token'] ?? null }));
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  data = await mkdtemp(path.join(os.tmpdir(), 'parley-capture-env-'));
  main = bootMain(data, randomBytes(32));
});
afterEach(async () => {
  await main.services.dispose();
  await rm(data, { recursive: true, force: true });
});

const create: RequestDraft = {
  ...emptyDraft('http'),
  method: 'POST',
  url: '',
  checks: {
    captures: [{ variable: 'subscriberId', from: 'jsonpath', expression: '$.id', toEnvironment: true }],
    assertions: [],
  },
};
const send = (draft: RequestDraft) =>
  main.ok('request.send', { requestId: `r-${seen.length}`, draft, title: 'T', confirmRisk: false });

describe('captures kept in the active environment', () => {
  it('puts the captured id into the active environment, where the next request finds it', async () => {
    await main.ok('variables.saveEnvironment', {
      name: 'staging',
      colour: 'amber',
      variables: [{ name: 'note', value: 'kept as it was' }],
    });
    await main.ok('variables.setActive', { name: 'staging' });
    const outcome = await send({ ...create, url: `${server.origin}/subscribers` });
    expect(outcome.warnings).toContain('Kept subscriberId in the environment “staging”.');
    const view = await main.ok('variables.get', {});
    expect(view.environments[0]?.variables.map((v) => [v.name, v.value])).toEqual([
      ['note', 'kept as it was'],
      ['subscriberId', '812'],
    ]);
    await send({ ...emptyDraft('http'), url: `${server.origin}/subscribers/{{subscriberId}}` });
    expect(seen.at(-1)).toBe('/subscribers/812');
  });

  it('keeps nothing without an active environment, and says so', async () => {
    const outcome = await send({ ...create, url: `${server.origin}/subscribers` });
    expect(outcome.warnings).toContain('No environment is active: subscriberId was captured for this send only.');
    expect((await main.ok('variables.get', {})).environments).toEqual([]);
  });

  it('keeps a value holding a secret only in a secret variable, never in clear', async () => {
    const canary = 'CANARY-capture-secret-41d7';
    await main.ok('variables.saveEnvironment', {
      name: 'staging',
      colour: 'amber',
      variables: [{ name: 'token', value: canary, secret: true, allowedOrigins: [server.origin] }],
    });
    await main.ok('variables.setActive', { name: 'staging' });
    const outcome = await send({
      ...emptyDraft('http'),
      url: `${server.origin}/login`,
      headers: [{ name: 'X-Token', value: '{{token}}', enabled: true }],
      checks: {
        captures: [{ variable: 'sessionToken', from: 'jsonpath', expression: '$.echoed', toEnvironment: true }],
        assertions: [],
      },
    });
    expect(outcome.warnings).toContain(
      'sessionToken holds a secret: add it to the environment “staging” as a secret variable first, then it is kept there sealed.',
    );
    const view = await main.ok('variables.get', {});
    expect(view.environments[0]?.variables.map((v) => v.name)).toEqual(['token']);
    expect(JSON.stringify(main.outputs)).not.toContain(canary);
  });
});
