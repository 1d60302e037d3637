import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../shared/profiles/schema';
import { systemClock } from '../deps';
import { confDocumentOpener } from '../store/document';
import { createTestCipher } from './test-cipher';
import { createVault } from './vault';
import { bootMain, filesUnder, type BootedMain } from './vault-test-kit';

let dir: string;
let key: Buffer;
let running: BootedMain[] = [];
const canary = `CANARY-${randomUUID()}`;

const boot = (folder = dir, backend: Parameters<typeof bootMain>[2] = 'os') => {
  const main = bootMain(folder, key, backend);
  running.push(main);
  return main;
};
const restart = async (main: BootedMain) => {
  await main.services.dispose();
  return boot();
};
const httpProfile = (over: Partial<ProfileInput> = {}): ProfileInput => ({
  providerId: 'http',
  name: 'Staging',
  baseUrl: 'https://staging.example.com/',
  environment: 'test',
  fields: {},
  secrets: { token: canary },
  variables: [{ name: 'tenant', value: 'acme' }],
  notes: 'for the canary',
  ...over,
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-vault-'));
  key = randomBytes(32);
  running = [];
});
afterEach(async () => {
  await Promise.all(running.map((main) => main.services.dispose()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the vault across a restart', () => {
  it('decrypts a secret after a restart, and never shows it to the renderer or writes it in clear', async () => {
    const first = boot();
    const created = await first.ok('profiles.create', httpProfile());
    expect(created.secrets.token).toEqual({ set: true, masked: `••••${canary.slice(-4)}` });

    const second = await restart(first);
    const [listed] = await second.ok('profiles.list', { providerId: 'http' });
    expect(listed).toMatchObject({ id: created.id, name: 'Staging', variables: [{ name: 'tenant', value: 'acme' }] });
    expect(second.services.vault.secretsFor(created.id)).toEqual({ token: canary });

    for (const main of [first, second]) expect(JSON.stringify(main.outputs)).not.toContain(canary);
    const files = filesUnder(dir);
    expect(files.map((f) => path.basename(f.file))).toContain('profiles.json');
    for (const { file, bytes } of files) expect(bytes.includes(canary), file).toBe(false);
  });

  it('with another key the secret is refused with a message, not garbage', async () => {
    const created = await boot().ok('profiles.create', httpProfile());
    key = randomBytes(32);
    const other = boot();
    expect(() => other.services.vault.secretsFor(created.id)).toThrow(/cannot be decrypted/);
  });

  for (const [kind, damage] of [
    ['truncated', (text: string) => text.slice(0, 40)],
    ['garbage', () => 'PK\u0003\u0004 binary junk'],
    ['wrong schema', () => JSON.stringify({ profiles: [{ id: 7 }], schemaVersion: 1 })],
  ] as const) {
    it(`recovers a ${kind} profiles.json from the backup and tells the user`, async () => {
      const first = boot();
      const created = await first.ok('profiles.create', httpProfile());
      await first.services.dispose();
      const file = path.join(dir, 'profiles.json');
      const damaged = damage(fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, damaged);

      const second = boot();
      const listed = await second.ok('profiles.list', { providerId: 'http' });
      expect(listed.map((p) => p.id)).toEqual([created.id]);
      expect(second.services.vault.secretsFor(created.id)).toEqual({ token: canary });
      const kept = fs.readdirSync(dir).filter((name) => name.startsWith('profiles.corrupt-'));
      expect(kept).toHaveLength(1);
      expect(fs.readFileSync(path.join(dir, kept[0] ?? ''), 'utf8')).toBe(damaged);
      expect(second.notices).toContainEqual({
        name: 'app.notice',
        payload: expect.objectContaining({ title: 'Recovered your profiles' }),
      });
    });
  }
});

describe('profiles', () => {
  it('deletes with undo (secrets included), duplicates, reorders and remembers the last used', async () => {
    const main = boot();
    const a = await main.ok('profiles.create', httpProfile({ name: 'A' }));
    const b = await main.ok('profiles.create', httpProfile({ name: 'B', secrets: {} }));
    const copy = await main.ok('profiles.duplicate', { id: a.id });
    expect(copy.name).toBe('A (copy)');
    expect(main.services.vault.secretsFor(copy.id)).toEqual({ token: canary });

    const reordered = await main.ok('profiles.reorder', { providerId: 'http', ids: [copy.id, b.id] });
    expect(reordered.map((p) => p.name)).toEqual(['A (copy)', 'B', 'A']);

    await main.ok('profiles.lastUsed.set', { providerId: 'http', profileId: a.id });
    await main.ok('profiles.delete', { id: a.id });
    expect(await main.ok('profiles.lastUsed.get', { providerId: 'http' })).toBeNull();
    expect((await main.ok('profiles.list', { providerId: 'http' })).map((p) => p.name)).toEqual(['A (copy)', 'B']);

    await main.ok('profiles.undoDelete', { id: a.id });
    expect(main.services.vault.secretsFor(a.id)).toEqual({ token: canary });
    expect(await main.ok('profiles.lastUsed.get', { providerId: 'http' })).toBe(a.id);
    const again = await main.call('profiles.undoDelete', { id: a.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('updates without touching secrets that were not retyped, and clears one on request', async () => {
    const main = boot();
    const created = await main.ok('profiles.create', httpProfile());
    const renamed = await main.ok('profiles.update', { id: created.id, patch: { name: 'Renamed', tlsVerify: false } });
    expect(renamed).toMatchObject({
      name: 'Renamed',
      tlsVerify: false,
      variables: [{ name: 'tenant', value: 'acme' }],
    });
    expect(main.services.vault.secretsFor(created.id)).toEqual({ token: canary });
    const cleared = await main.ok('profiles.update', { id: created.id, patch: { secrets: { token: null } } });
    expect(cleared.secrets).toEqual({});
  });

  it('refuses an invalid base URL with a message', async () => {
    const result = await boot().call('profiles.create', httpProfile({ baseUrl: 'ftp://example.com' }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('http://') },
    });
  });

  it('creates each Demo profile once and never recreates one the user deleted', () => {
    const open = () =>
      createVault({ openDocument: confDocumentOpener(dir), cipher: createTestCipher({ key }), clock: systemClock });
    const seeds = [
      {
        providerId: 'apsis' as const,
        baseUrl: 'mock://apsis',
        demo: {
          name: 'Demo',
          environment: 'demo' as const,
          fields: { region: 'se' },
          secrets: { apiKey: 'demo-key-1234567890' },
        },
      },
    ];
    const vault = open();
    vault.ensureDemoProfiles(seeds);
    vault.ensureDemoProfiles(seeds);
    const created = vault.list('apsis');
    expect(created).toMatchObject([
      { name: 'Demo', environment: 'demo', baseUrl: 'mock://apsis', fields: { region: 'se' } },
    ]);
    expect(vault.secretsFor(created[0]?.id ?? '')).toEqual({ apiKey: 'demo-key-1234567890' });
    vault.remove(created[0]?.id ?? '');
    const after = open();
    after.ensureDemoProfiles(seeds);
    expect(after.list('apsis')).toEqual([]);
  });
});

describe('the ban guard', () => {
  it('counts consecutive failures across restarts, asks for confirmation at two, and resets on success', async () => {
    const main = boot();
    const vault = main.services.vault;
    vault.ensureDemoProfiles([
      {
        providerId: 'wbteampro',
        baseUrl: 'mock://wbteampro',
        demo: { name: 'Demo', environment: 'demo', fields: {}, secrets: {} },
      },
    ]);
    const id = vault.list('wbteampro')[0]?.id ?? '';
    vault.recordAuthResult(id, true);
    expect(await main.ok('profiles.authState', { profileId: id })).toEqual({
      failures: 1,
      needsConfirmation: false,
      warning: null,
    });
    vault.recordAuthResult(id, true);

    const after = await restart(main);
    const state = await after.ok('profiles.authState', { profileId: id });
    expect(state).toMatchObject({ failures: 2, needsConfirmation: true });
    expect(state.warning).toContain('A third failure bans this IP on the server');
    after.services.vault.recordAuthResult(id, false);
    expect(await after.ok('profiles.authState', { profileId: id })).toMatchObject({
      failures: 0,
      needsConfirmation: false,
    });
  });
});

describe('storage without an OS key store', () => {
  it('asks before storing a secret, and remembers the answer', async () => {
    const main = boot(dir, 'basic_text');
    expect(await main.ok('vault.status', {})).toEqual({
      backend: 'basic_text',
      consentGiven: false,
      needsConsent: true,
    });
    const refused = await main.call('profiles.create', httpProfile());
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('no secure key store') } });
    expect(await main.ok('profiles.list', { providerId: 'http' })).toEqual([]);
    await main.ok('profiles.create', httpProfile({ secrets: {} }));

    await main.ok('vault.consent', { given: true });
    await main.services.dispose();
    const after = boot(dir, 'basic_text');
    expect(await after.ok('vault.status', {})).toMatchObject({ consentGiven: true, needsConsent: false });
    await after.ok('profiles.create', httpProfile({ name: 'With secret' }));
  });

  it('refuses secrets outright when no encryption exists', async () => {
    const result = await boot(dir, 'unavailable').call('profiles.create', httpProfile());
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('no encryption') } });
  });
});
