import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBody, startHttpServer, type TestServer } from '../http/testing/servers';
import { buildCli } from '../../scripts/build-cli.mjs';
import { parseArgs } from './args';

let server: TestServer;
let dir: string;

beforeAll(async () => {
  // The tests run the command users run: bin/parley.mjs over the bundle that `npm install` builds.
  await buildCli();
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-cli-test-'));
  server = await startHttpServer(async (request, response) => {
    const body = await readBody(request);
    response.writeHead(201, {
      'content-type': 'application/json',
      'x-echo-type': request.headers['content-type'] ?? '',
    });
    response.end(
      JSON.stringify({
        method: request.method,
        body: body.toString('utf8'),
        token: request.headers['x-token'] ?? null,
      }),
    );
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/parley.mjs', ...args],
      { env: { ...process.env, PARLEY_CLI_BODIES: path.join(dir, 'bodies') } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('parley CLI', () => {
  it('sends JSON with headers and prints one JSON record', async () => {
    const result = await run([
      'send',
      'POST',
      `${server.origin}/items`,
      '-H',
      'X-Token: abc',
      '--data',
      '{"a":1}',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout) as {
      status: number;
      body: string;
      headers: [string, string][];
      timings: { total: number };
      sizes: { decoded: number };
      error: null;
    };
    expect(record.status).toBe(201);
    expect(JSON.parse(record.body)).toEqual({ method: 'POST', body: '{"a":1}', token: 'abc' });
    expect(record.headers).toContainEqual(['x-echo-type', 'application/json']);
    expect(record.timings.total).toBeGreaterThan(0);
    expect(record.sizes.decoded).toBe(record.body.length);
    expect(record.error).toBeNull();
  });

  it('prints status line, headers and body without --json; multipart from --form name=@file', async () => {
    const file = path.join(dir, 'note.txt');
    writeFileSync(file, 'file contents');
    const result = await run(['send', 'put', `${server.origin}/upload`, '--form', 'a=1', '--form', `doc=@${file}`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^HTTP\/1\.1 201 Created\n/);
    expect(result.stdout).toMatch(/x-echo-type: multipart\/form-data; boundary=/);
    expect(result.stdout).toContain('file contents');
  });

  it('exits non-zero with the classified error on a transport failure', async () => {
    const result = await run(['send', 'GET', 'http://127.0.0.1:1/', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' });
  });

  it('parses arguments into a request spec', () => {
    expect(
      parseArgs([
        'send',
        'post',
        'http://x/',
        '-H',
        'A: 1',
        '-H',
        'a: 2',
        '--form',
        'k=v',
        '--no-follow',
        '--insecure',
      ]),
    ).toEqual({
      spec: {
        method: 'POST',
        url: 'http://x/',
        headers: [
          ['A', '1'],
          ['a', '2'],
        ],
        body: { kind: 'form', fields: [{ name: 'k', value: 'v' }] },
      },
      json: false,
      tlsVerify: false,
      transport: { followRedirects: false },
    });
    expect(parseArgs(['send', 'POST', 'http://x/', '--data', 'plain words']).spec.body).toEqual({
      kind: 'text',
      text: 'plain words',
    });
    expect(() => parseArgs(['send', 'GET'])).toThrow(/URL is required/);
  });

  it('loads only what a send needs: the schema library stays out of the send path', async () => {
    const inputs = await staticInputs(['cli/parley.ts', 'send-command.ts']);
    expect(inputs.some((input) => input.includes('shared/http/types.ts'))).toBe(false);
    expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
    // The direct connection's pool, not undici's index (fetch, WebSocket, caches, mocks).
    expect(inputs).toContain('node_modules/undici/lib/dispatcher/agent.js');
    expect(inputs).not.toContain('node_modules/undici/index.js');
  });

  it('a run starts with what every run needs: XML, CSV, profile files and zod locales come only when used', async () => {
    const inputs = await staticInputs(['cli/parley.ts', 'run-command.ts']);
    expect(inputs).toContain('shared/collections/format.ts');
    const lazy =
      /^node_modules\/(xpath|@xmldom|csv-parse)\/|^node_modules\/zod\/v4\/locales\/(?!en\.js)|vault\/profile-transfer|variable-store/;
    expect(inputs.filter((input) => lazy.test(input))).toEqual([]);
  });
});

/** Every source file a verb's chunks import before its first line runs (dynamic imports excluded). */
async function staticInputs(entries: readonly string[]): Promise<string[]> {
  const { metafile } = await buildCli({ outdir: path.join(dir, 'cli'), write: false });
  const outputs = metafile.outputs;
  const reachable = new Set<string>();
  const visit = (file: string) => {
    if (reachable.has(file)) return;
    reachable.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind !== 'dynamic-import') visit(imported.path);
  };
  const chunkOf = (entry: string) => Object.keys(outputs).find((file) => outputs[file]?.entryPoint?.endsWith(entry));
  const starts = entries.map(chunkOf);
  expect(starts).not.toContain(undefined);
  for (const start of starts) visit(start!);
  return [...reachable].flatMap((file) => Object.keys(outputs[file]?.inputs ?? {}));
}
