import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir = '';

function parley(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(path.resolve('node_modules/.bin/tsx'), ['electron/cli/parley.ts', ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parley-code-cli-'));
  await writeFile(
    path.join(dir, 'mailing-lists.yaml'),
    [
      'parley: 1',
      'name: Mailing lists',
      'profile: Live',
      'request:',
      '  sandbox: apsis',
      '  method: GET',
      "  url: ''",
      '  query: []',
      '  headers: []',
      '  body: { kind: none }',
      '  provider:',
      '    endpointId: MailingList.getMailinglistsPaginated',
      '    params: { pageNumber: 1, pageSize: 10 }',
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'profiles.json'),
    JSON.stringify({
      format: 'parley-profiles',
      version: 1,
      profiles: [
        {
          providerId: 'apsis',
          name: 'Live',
          baseUrl: 'https://apsis.example.com',
          environment: 'live',
          fields: { region: 'custom' },
          variables: [],
          notes: '',
          tlsVerify: true,
          secretFields: ['apiKey'],
        },
      ],
    }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('parley code', () => {
  it('prints a saved request as PHP cURL with the profile from an export and the key as a placeholder', async () => {
    const result = await parley([
      'code',
      path.join(dir, 'mailing-lists.yaml'),
      '--target',
      'php-curl',
      '--profile-file',
      path.join(dir, 'profiles.json'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?php/);
    expect(result.stdout).toContain("CURLOPT_URL => 'https://apsis.example.com/");
    expect(result.stdout).toContain("CURLOPT_USERPWD => getenv('APSIS_API_KEY') . ':'");
  });

  it('uses the provider default base URL without a profile file', async () => {
    const result = await parley(['code', path.join(dir, 'mailing-lists.yaml'), '--target', 'curl']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('-u "$APSIS_API_KEY"');
  });

  it('exits 2 with the list of targets for an unknown one', async () => {
    const result = await parley(['code', path.join(dir, 'mailing-lists.yaml'), '--target', 'cobol']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"cobol" is not a target');
    expect(result.stderr).toContain('php-guzzle');
  });
});
