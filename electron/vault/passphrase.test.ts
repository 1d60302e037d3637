import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWithPassphrase, SCRYPT, sealWithPassphrase, UnsupportedKdfError } from './passphrase';
import { bootMain, type BootedMain } from './vault-test-kit';

let dir: string | undefined;
let main: BootedMain | undefined;

afterEach(async () => {
  await main?.services.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  main = undefined;
  dir = undefined;
});

/** Counts event-loop turns while `work` runs: a blocking derivation allows none. */
async function turnsDuring(work: Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  await work.catch(() => undefined);
  running = false;
  return turns;
}

describe('passphrase sealing cannot be turned against main', () => {
  it('derives the key off the main thread: the event loop keeps turning while it seals and opens', async () => {
    const sealing = sealWithPassphrase('{"token":"x"}', 'correct horse battery');
    expect(await turnsDuring(sealing)).toBeGreaterThan(1);
    const sealed = await sealing;
    const opening = openWithPassphrase(sealed, 'correct horse battery');
    expect(await turnsDuring(opening)).toBeGreaterThan(1);
    expect(await opening).toBe('{"token":"x"}');
  });

  it('refuses costs it did not write (N=32768, r=15, p=16) without computing them', async () => {
    const sealed = { ...(await sealWithPassphrase('{}', 'correct horse battery')), N: 32768, r: 15, p: 16 };
    await expect(openWithPassphrase(sealed, 'correct horse battery')).rejects.toBeInstanceOf(UnsupportedKdfError);
  });

  it('a crafted import is refused with a message naming the costs, and nothing is imported', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-kdf-'));
    main = bootMain(dir, randomBytes(32));
    const sealed = await sealWithPassphrase('[{}]', 'correct horse battery');
    const content = JSON.stringify({
      format: 'parley-profiles',
      version: 1,
      exportedAt: new Date(0).toISOString(),
      profiles: [
        {
          providerId: 'http',
          name: 'Crafted',
          baseUrl: 'https://example.com/',
          environment: 'live',
          fields: {},
          variables: [],
          notes: '',
          tlsVerify: true,
          secretFields: ['token'],
        },
      ],
      secrets: { ...sealed, N: 32768, r: 15, p: 16 },
    });
    const before = await main.ok('profiles.list', {});
    const result = await main.call('profiles.import', { content, passphrase: 'correct horse battery' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/N=32768, r=15, p=16.*refuses other costs/);
    expect(await main.ok('profiles.list', {})).toEqual(before);
    expect(SCRYPT).toEqual({ N: 32768, r: 8, p: 1 });
  });
});
