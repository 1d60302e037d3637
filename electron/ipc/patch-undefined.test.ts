/**
 * Structured clone keeps `{ field: undefined }`: a renderer that builds a patch from a half-filled form
 * sends such fields, and they must change nothing rather than fail the save or erase the stored value.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootMain, type BootedMain } from '../vault/vault-test-kit';

let dir: string;
let main: BootedMain;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-patch-'));
  main = bootMain(dir, randomBytes(32));
});
afterEach(async () => {
  await main.services.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('explicit undefined in a patch changes nothing', () => {
  it('settings.update keeps the other settings and the one named undefined', async () => {
    await main.ok('settings.update', { theme: 'dark' });
    const after = await main.ok('settings.update', { theme: undefined, maxRedirects: 3 });
    expect(after).toMatchObject({ theme: 'dark', maxRedirects: 3 });
    expect((await main.ok('settings.get', {})).theme).toBe('dark');
  });

  it('profiles.update keeps the name, notes and secrets named undefined', async () => {
    const created = await main.ok('profiles.create', {
      providerId: 'http',
      name: 'Shop',
      baseUrl: 'https://shop.example.com/',
      environment: 'live',
      fields: {},
      secrets: { token: 'canary-patch-undefined' },
      variables: [],
      notes: 'keep me',
    });
    const updated = await main.ok('profiles.update', {
      id: created.id,
      patch: { name: undefined, notes: undefined, secrets: undefined, environment: 'test' },
    });
    expect(updated).toMatchObject({ name: 'Shop', notes: 'keep me', environment: 'test' });
    expect(main.services.vault.secretsFor(created.id)).toEqual({ token: 'canary-patch-undefined' });
  });
});
