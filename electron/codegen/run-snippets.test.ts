import { randomUUID } from 'node:crypto';
/**
 * Generated code, run for real: every provider's Demo request and three Plain HTTP requests (a 1 MB
 * binary upload, a form body, a secret with $ ' " \ and a space) are sent by Parley and by the cURL,
 * PHP cURL, PHP Guzzle, Python requests and Node snippets, with the placeholders' variables set. The
 * server must receive the same request (file bytes included) and answer each the same.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCode } from '../../shared/codegen/render';
import type { ProfileView } from '../../shared/profiles/schema';
import { providerDefinition } from '../../shared/providers/registry';
import type { ProviderId } from '../../shared/providers/types';
import { emptyDraft, type RequestDraft } from '../../shared/request/draft';
import { defaultSettings } from '../../shared/settings';
import { systemClock } from '../deps';
import { createOAuth2Tokens } from '../http-auth/oauth2-tokens';
import { createHttpEngine, type HttpEngine } from '../http/engine';
import type { MockServerHandle } from '../mock-servers/http-kit';
import { mockModules } from '../mock-servers/registry';
import { sendDraft } from '../pipeline/send';
import { createProviderAuths, mainProviderModules } from '../providers/registry';
import { testProfile } from '../providers/testing/send';
import { programForDraft } from './program-for-draft';
import {
  multipartParts,
  startRecordingProxy,
  type RecordedExchange,
  type RecordingProxy,
} from './testing/recording-proxy';
import { runners } from './testing/runners';
import { headlessDialogs } from '../dialogs/headless-dialogs';
import { createOriginGuard } from '../pipeline/origin-binding';

/** Each provider's connection-test call: its Demo request. */
function connectionTestOf(id: ProviderId) {
  return createProviderAuths(mainProviderModules, { clock: { now: () => Date.now() } }).get(id).connectionTest;
}

const SECRET = `p$a'ss"w\\o rd`;

interface Case {
  readonly name: string;
  readonly profile: (baseUrl: string) => ProfileView;
  readonly secrets: Readonly<Record<string, string>>;
  readonly draft: (profileId: string) => RequestDraft;
  readonly upstream: () => Promise<{ url: string; close(): Promise<void> }>;
  /** A token step makes the Authorization header differ between two logins. */
  readonly tokenStep?: boolean;
}

/** A plain server that answers with what it parsed, so equal requests get equal answers. */
async function startEchoServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const type = request.headers['content-type'] ?? '';
      const parts = /^multipart\//.test(type)
        ? multipartParts(body, type).map((p) => ({
            disposition: p.headers['content-disposition'],
            sha256: createHash('sha256').update(p.data).digest('hex'),
            size: p.data.length,
          }))
        : null;
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ method: request.method, url: request.url, parts, body: parts ? null : body.toString() }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let workDir = '';
let binaryFile = '';

function providerCase(id: ProviderId): Case {
  const definition = providerDefinition(id);
  const demo = definition.demoProfile;
  return {
    name: `${definition.name} Demo request`,
    profile: (baseUrl) => ({
      ...testProfile(id, baseUrl, { ...demo.fields }, Object.keys(demo.secrets)),
      environment: 'demo',
    }),
    secrets: demo.secrets,
    draft: (profileId) => ({
      ...emptyDraft(id),
      profileId,
      provider: { ...connectionTestOf(id) },
    }),
    upstream: async () => {
      const handle: MockServerHandle = await mockModules[id].start();
      return { url: handle.baseUrl, close: () => handle.close() };
    },
    tokenStep: id === 'webcrm',
  };
}

const plainProfile = (baseUrl: string): ProfileView => testProfile('http', baseUrl, {}, ['apiKey']);

function plainCase(name: string, body: (file: string) => RequestDraft['body'], headers: RequestDraft['headers']): Case {
  return {
    name,
    profile: plainProfile,
    secrets: { apiKey: SECRET },
    draft: (profileId) => ({
      ...emptyDraft('http'),
      profileId,
      method: 'POST',
      url: '/upload?kind=demo&q=a%20b',
      headers,
      body: body(binaryFile),
    }),
    upstream: startEchoServer,
  };
}

const cases: Case[] = [
  ...(['apwt', 'wbteampro', 'whmcs-clientapi', 'apsis', 'webcrm'] as const).map(providerCase),
  plainCase(
    'Plain HTTP multipart upload with a 1 MB binary file',
    (file) => ({
      kind: 'multipart',
      parts: [
        { name: 'title', value: `Quarterly "report" $HOME 'q' \\ ünïcode` },
        { name: 'upload', filePath: file, fileName: 'report.bin', contentType: 'application/octet-stream' },
      ],
    }),
    [{ name: 'X-Api-Key', value: '{{apiKey}}', enabled: true }],
  ),
  plainCase(
    'Plain HTTP form body',
    () => ({
      kind: 'form',
      fields: [
        { name: 'name', value: `O'Brien & "Sons" $x \\ 100%` },
        { name: 'city', value: 'Zürich' },
      ],
    }),
    [],
  ),
  plainCase(
    'Plain HTTP secret with $ \' " \\ and a space in a header and a form field',
    () => ({
      kind: 'form',
      fields: [
        { name: 'password', value: '{{apiKey}}' },
        { name: 'user', value: 'ann' },
      ],
    }),
    [{ name: 'Authorization', value: 'Bearer {{apiKey}}', enabled: true }],
  ),
];

/** Headers that legitimately differ between clients (transport, identity, multipart boundary). */
const transportHeaders = new Set(['host', 'connection', 'user-agent', 'content-length', 'accept-encoding', 'expect']);

function comparable(exchange: RecordedExchange, ignore: ReadonlySet<string>) {
  const type = exchange.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  const multipart = /^multipart\//i.test(type);
  return {
    method: exchange.method,
    target: exchange.target,
    headers: exchange.headers
      .map(([name, value]) => [name.toLowerCase(), value] as const)
      .filter(([name]) => !transportHeaders.has(name) && !ignore.has(name) && !(multipart && name === 'content-type')),
    body: multipart
      ? multipartParts(exchange.body, type).map((part) => ({
          disposition: part.headers['content-disposition'],
          type: part.headers['content-type'] ?? null,
          sha256: createHash('sha256').update(part.data).digest('hex'),
          size: part.data.length,
        }))
      : exchange.body.toString('base64'),
    status: exchange.status,
    response: exchange.responseBody.toString('utf8'),
  };
}

let engine: HttpEngine;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'parley-codegen-'));
  binaryFile = path.join(workDir, 'report.bin');
  await writeFile(binaryFile, randomBytes(1024 * 1024));
  engine = createHttpEngine({ bodiesDir: path.join(workDir, 'bodies'), settings: () => defaultSettings });
});

afterAll(async () => {
  await engine.close();
  await rm(workDir, { recursive: true, force: true });
});

describe.each(cases)('$name', (testCase) => {
  let upstream: { url: string; close(): Promise<void> };
  let proxy: RecordingProxy;
  let profile: ProfileView;
  let parley: RecordedExchange;

  beforeAll(async () => {
    upstream = await testCase.upstream();
    proxy = await startRecordingProxy(new URL(upstream.url).origin);
    profile = testCase.profile(`${proxy.url}${new URL(upstream.url).pathname.replace(/\/$/, '')}`);
    const vault = {
      get: (id: string) => (id === profile.id ? profile : undefined),
      secretsFor: () => testCase.secrets,
      authState: () => ({ failures: 0, needsConfirmation: false, warning: null }),
      recordAuthResult: () => undefined,
    };
    const sideSend = async (request: Parameters<HttpEngine['send']>[0]) => {
      const exchange = await engine.send(request, { tlsVerify: true });
      return {
        status: exchange.response?.status ?? 0,
        headers: exchange.response?.headers ?? [],
        bodyText: (await exchange.bodyText()) ?? '',
      };
    };
    await sendDraft(
      {
        requestId: 'r1',
        draft: testCase.draft(profile.id),
        title: testCase.name,
        confirmRisk: false,
        signal: new AbortController().signal,
      },
      {
        vault,
        engine,
        history: { record: async () => null },
        // The user picked the binary file in main's dialog; the snippets name the same file.
        files: { grant: (picked) => picked, resolve: (token) => (token === binaryFile ? binaryFile : null) },
        originGuard: createOriginGuard(headlessDialogs),
        mocks: { resolveBaseUrl: async (url) => url },
        clock: systemClock,
        sideSend,
        auths: createProviderAuths(mainProviderModules, { clock: systemClock }),
        oauth: createOAuth2Tokens({ clock: systemClock, send: sideSend }),
        dynamic: { now: () => Date.now(), uuid: randomUUID, random: Math.random },
      },
    );
    parley = proxy.exchanges[proxy.exchanges.length - 1]!;
  });

  afterAll(async () => {
    await proxy.close();
    await upstream.close();
  });

  it.each(runners)('$target snippet sends the same request and gets the same answer', async (runner) => {
    if (runner.missing) {
      console.warn(`[skip] ${runner.target}: ${runner.missing}`);
      return;
    }
    const generated = await programForDraft(testCase.draft(profile.id), {
      profile: (id) => (id === profile.id ? profile : undefined),
      mocks: { resolveBaseUrl: async (url) => url },
    });
    if (!generated.ok) throw new Error(generated.problems.map((p) => p.message).join('; '));
    const dir = await mkdtemp(path.join(workDir, `${runner.target}-`));
    await writeFile(path.join(dir, runner.file), renderCode(generated.program, runner.target));
    const [command, args] = await runner.prepare(dir);
    const env = Object.fromEntries(
      Object.entries(generated.secretOf).map(([name, key]) => [name, testCase.secrets[key] ?? '']),
    );
    const before = proxy.exchanges.length;
    // Asynchronously: the proxy answering the snippet runs in this process.
    const run = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(command, args, { cwd: dir, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr, `${runner.target} wrote to stderr`).toBe('');
    expect(run.status).toBe(0);
    const sent = proxy.exchanges.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    const ignore = new Set(testCase.tokenStep ? ['authorization'] : []);
    const ours = comparable(parley, ignore);
    const theirs = comparable(sent[sent.length - 1]!, ignore);
    expect({ ...theirs, headers: [] }).toEqual({ ...ours, headers: [] });
    // Every header Parley sent, with its value; a client may add its own (Accept: */*, Sec-Fetch-Mode).
    for (const header of ours.headers) expect(theirs.headers).toContainEqual(header);
    expect(run.stdout.trimEnd()).toBe(parley.responseBody.toString('utf8').trimEnd());
  });
});
