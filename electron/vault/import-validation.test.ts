/** `profiles.import` holds a file from anywhere to the rules a profile typed into the manager meets. */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDialogDouble } from '../dialogs/dialog-double';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedProfile } from './profile-transfer';
import { bootMain, type BootedMain } from './vault-test-kit';

let dir: string;
let running: BootedMain[];
const canary = `CANARY${randomUUID().replace(/-/g, '')}`;

const boot = (confirm: boolean) => {
  const main = bootMain(dir, randomBytes(32), 'os', createDialogDouble({ confirm: () => confirm }));
  running.push(main);
  return main;
};
const exportFile = (over: Partial<ExportedProfile>) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(0).toISOString(),
    profiles: [
      {
        providerId: 'apsis',
        name: 'Shared',
        baseUrl: 'https://api.example.com/',
        environment: 'live',
        fields: { region: 'custom' },
        variables: [],
        notes: '',
        tlsVerify: true,
        secretFields: [],
        ...over,
      },
    ],
  });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-import-'));
  running = [];
});
afterEach(async () => {
  await Promise.all(running.map((main) => main.services.dispose()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing profiles', () => {
  it('refuses a secret written as a plain field, and keeps nothing of it', async () => {
    const main = boot(true);
    const before = main.services.vault.list().length;
    const result = await main.call('profiles.import', {
      content: exportFile({ fields: { region: 'custom', apiKey: canary } }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('apiKey must be sent as secrets') },
    });
    expect(main.services.vault.list()).toHaveLength(before);
    expect(JSON.stringify(main.outputs)).not.toContain(canary);
  });

  it('refuses credentials in the base URL', async () => {
    const main = boot(true);
    const result = await main.call('profiles.import', {
      content: exportFile({ baseUrl: `https://user:${canary}@api.example.com/` }),
    });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('not in the URL') } });
    expect(JSON.stringify(main.outputs)).not.toContain(canary);
  });

  it('stores an APSIS key written in the base URL as the secret, never in the URL', async () => {
    const main = boot(true);
    expect(
      await main.call('profiles.import', { content: exportFile({ baseUrl: `https://${canary}:@api.example.com/` }) }),
    ).toMatchObject({ ok: true, value: { imported: 1 } });
    const imported = main.services.vault.list().find((profile) => profile.name === 'Shared');
    expect(imported?.baseUrl).toBe('https://api.example.com/');
    expect(main.services.vault.secretsFor(imported?.id ?? '')).toMatchObject({ apiKey: canary });
    expect(JSON.stringify(main.outputs)).not.toContain(canary);
  });

  it('asks before importing a profile with TLS verification off, and imports nothing when refused', async () => {
    const refusing = boot(false);
    const before = refusing.services.vault.list().length;
    expect(await refusing.call('profiles.import', { content: exportFile({ tlsVerify: false }) })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('TLS verification off') },
    });
    expect(refusing.services.vault.list()).toHaveLength(before);
    expect(refusing.dialogs.asked[0]).toMatchObject({
      kind: 'confirm',
      request: { message: expect.stringContaining('"Shared"') },
    });
  });

  it('still imports a clean export', async () => {
    const main = boot(false);
    expect(await main.ok('profiles.import', { content: exportFile({}) })).toEqual({ imported: 1, skipped: 0 });
    expect(main.dialogs.asked).toEqual([]);
  });
});
