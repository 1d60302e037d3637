/**
 * The built-in Demo profiles on machines without an OS key store (Linux i3/sway/WSLg: Electron's
 * `basic_text` backend) and on machines where a key store appears later.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorageBackend } from '../../shared/profiles/vault-types';
import { bootMain, type BootedMain } from './vault-test-kit';

let dir: string;
let key: Buffer;
let running: BootedMain[] = [];

const boot = (backend: StorageBackend) => {
  const main = bootMain(dir, key, backend);
  running.push(main);
  return main;
};
const demos = async (main: BootedMain) =>
  (await main.ok('profiles.list', {})).filter((profile) => profile.environment === 'demo');
const secretCount = (main: BootedMain, id: string) => Object.keys(main.services.vault.secretsFor(id)).length;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-demo-secrets-'));
  key = randomBytes(32);
});

afterEach(async () => {
  await Promise.all(running.map((main) => main.services.dispose()));
  running = [];
  fs.rmSync(dir, { recursive: true, force: true });
});

const demoOf = <T extends { readonly providerId: string }>(list: readonly T[], providerId: string) =>
  list.find((demo) => demo.providerId === providerId);

describe('Demo profiles without an OS key store', () => {
  it('on basic_text without consent: the Demos exist without secrets, and consent gives them their keys', async () => {
    const main = boot('basic_text');
    const before = await demos(main);
    expect(before.length).toBeGreaterThanOrEqual(5);
    expect(before.every((demo) => Object.keys(demo.secrets).length === 0)).toBe(true);
    expect(await main.ok('vault.status', {})).toMatchObject({ backend: 'basic_text', needsConsent: true });

    await main.ok('vault.consent', { given: true });
    const after = await demos(main);
    expect(after.map((demo) => demo.id)).toEqual(before.map((demo) => demo.id));
    const apsis = demoOf(after, 'apsis');
    expect(apsis && secretCount(main, apsis.id)).toBeGreaterThan(0);
  });

  it('on basic_text with consent stored: the next start can encrypt (plain-text encryption turned on at start)', async () => {
    const first = boot('basic_text');
    await first.ok('vault.consent', { given: true });
    await first.services.dispose();

    const next = boot('basic_text');
    const created = await next.call('profiles.create', {
      providerId: 'http',
      name: 'With secret',
      baseUrl: 'https://staging.example.com/',
      environment: 'test',
      fields: {},
      secrets: { token: 'tok-123456' },
      variables: [],
      notes: '',
    });
    expect(created).toMatchObject({ ok: true });
    expect((await demos(next)).every((demo) => Object.keys(demo.secrets).length > 0)).toBe(true);
  });

  it('re-seeds the Demos’ secrets once a key store appears, without duplicating them or reviving a deleted one', async () => {
    const first = boot('unavailable');
    const before = await demos(first);
    const deleted = demoOf(before, 'webcrm');
    expect(deleted).toBeDefined();
    await first.ok('profiles.delete', { id: deleted?.id ?? '' });
    await first.services.dispose();

    const next = boot('os');
    const after = await demos(next);
    expect(after.map((demo) => demo.id).sort()).toEqual(
      before
        .filter((demo) => demo.id !== deleted?.id)
        .map((demo) => demo.id)
        .sort(),
    );
    const apsis = demoOf(after, 'apsis');
    expect(apsis && secretCount(next, apsis.id)).toBeGreaterThan(0);
    await next.services.dispose();
    expect(await demos(boot('os'))).toHaveLength(after.length);
  });
});
