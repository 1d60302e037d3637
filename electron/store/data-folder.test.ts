import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer } from '../http/testing/servers';
import { bootMain, type BootedMain } from '../vault/vault-test-kit';

const unix = process.platform !== 'win32';
let dir: string;
let main: BootedMain | undefined;

afterEach(async () => {
  await main?.services.dispose();
  main = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

function everything(root: string): string[] {
  return [root, ...fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).map((name) => path.join(root, name))];
}

describe.runIf(unix)('the data folder is private to its owner', () => {
  it('folders are 0700 and files 0600 after profiles, settings, a send with history and a body file', async () => {
    const server = await startHttpServer((_request, response) => response.end('x'.repeat(4096)));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-modes-'));
    fs.chmodSync(dir, 0o755);
    main = bootMain(dir, randomBytes(32));
    await main.ok('settings.update', { bodyFileThresholdBytes: 1024 });
    const profile = await main.ok('profiles.create', {
      providerId: 'http',
      name: 'Shop',
      baseUrl: `${server.origin}/`,
      environment: 'live',
      fields: {},
      secrets: { token: 'canary-file-modes' },
      variables: [],
      notes: '',
    });
    await main.ok('request.send', {
      requestId: 'r1',
      title: 't',
      draft: {
        sandbox: 'http',
        profileId: profile.id,
        method: 'GET',
        url: `${server.origin}/big`,
        query: [],
        headers: [],
        body: { kind: 'none' },
        provider: null,
      },
    });
    await server.close();
    // Collection files are the user's to share (git); the 0700 data folder around them already guards them.
    const paths = everything(dir).filter((file) => !path.relative(dir, file).startsWith('collections'));
    expect(paths.some((file) => file.includes(`${path.sep}history${path.sep}`))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'bodies'))).toHaveLength(1);
    for (const file of paths) {
      const expected = fs.statSync(file).isDirectory() ? 0o700 : 0o600;
      expect({ file: path.relative(dir, file), mode: modeOf(file).toString(8) }).toEqual({
        file: path.relative(dir, file),
        mode: expected.toString(8),
      });
    }
  });

  it('tightens files an older Parley left world-readable, and sweeps temporary files of writes that died', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-sweep-'));
    fs.mkdirSync(path.join(dir, 'history'), { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"theme":"dark"}', { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'profiles.json.tmp-12345-1733350000000'), '{"half', { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'settings.json.tmp-1733350000a1b2c3'), '{', { mode: 0o644 });
    main = bootMain(dir, randomBytes(32));
    expect((await main.ok('settings.get', {})).theme).toBe('dark');
    expect(modeOf(path.join(dir, 'settings.json'))).toBe(0o600);
    expect(modeOf(path.join(dir, 'history'))).toBe(0o700);
    expect(fs.readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});
