import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootMain, type BootedMain } from './vault-test-kit';

const canary = `CANARY-${randomUUID()}`;
let dirs: string[] = [];
let running: BootedMain[] = [];

const freshMain = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-transfer-'));
  dirs.push(dir);
  const main = bootMain(dir, randomBytes(32));
  running.push(main);
  return main;
};

/** Exports through main's save dialog (the double answers with a temp file) and reads what main wrote. */
async function exportTo(main: BootedMain, input: { ids: string[]; passphrase?: string }) {
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-export-')), 'chosen.json');
  dirs.push(path.dirname(target));
  main.dialogs.script.saveFile = () => target;
  const reply = await main.ok('profiles.export', input);
  return { reply, fileName: reply.fileName ?? '', content: fs.readFileSync(target, 'utf8'), target };
}

async function exporter() {
  const main = freshMain();
  const profile = await main.ok('profiles.create', {
    providerId: 'http',
    name: 'Live shop',
    baseUrl: 'https://shop.example.com/',
    environment: 'live',
    fields: {},
    secrets: { token: canary },
    variables: [{ name: 'shop', value: '42' }],
    notes: 'n',
  });
  return { main, id: profile.id };
}

beforeEach(() => {
  dirs = [];
  running = [];
});
afterEach(async () => {
  await Promise.all(running.map((main) => main.services.dispose()));
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('profile export and import', () => {
  it('exports without secrets by default, and that file imports without them', async () => {
    const { main, id } = await exporter();
    const file = await exportTo(main, { ids: [id] });
    expect(file.reply).toEqual({ fileName: 'chosen.json' });
    expect(main.dialogs.asked).toContainEqual({
      kind: 'saveFile',
      request: expect.objectContaining({
        defaultName: expect.stringMatching(/^parley-profiles-\d{4}-\d{2}-\d{2}\.json$/),
      }),
    });
    expect(file.content).not.toContain(canary);
    expect(JSON.parse(file.content)).toMatchObject({
      format: 'parley-profiles',
      version: 1,
      profiles: [{ name: 'Live shop', secretFields: ['token'] }],
    });

    const target = freshMain();
    expect(await target.ok('profiles.import', { content: file.content })).toEqual({ imported: 1, skipped: 0 });
    const [imported] = await target.ok('profiles.list', { providerId: 'http' });
    expect(imported).toMatchObject({
      name: 'Live shop',
      environment: 'live',
      variables: [{ name: 'shop', value: '42' }],
      secrets: {},
    });
  });

  it('round-trips secrets sealed with a passphrase, and skips profiles already present', async () => {
    const { main, id } = await exporter();
    const file = await exportTo(main, { ids: [id], passphrase: 'correct horse battery' });
    expect(file.content).not.toContain(canary);
    // The renderer gets the file's name, never the sealed content it could open with the passphrase it typed.
    const sealedData = (JSON.parse(file.content) as { secrets: { data: string } }).secrets.data;
    expect(JSON.stringify(main.outputs)).not.toContain(sealedData);

    const target = freshMain();
    expect(await target.ok('profiles.import', { content: file.content, passphrase: 'correct horse battery' })).toEqual({
      imported: 1,
      skipped: 0,
    });
    const [imported] = await target.ok('profiles.list', { providerId: 'http' });
    expect(target.services.vault.secretsFor(imported?.id ?? '')).toEqual({ token: canary });
    expect(await target.ok('profiles.import', { content: file.content, passphrase: 'correct horse battery' })).toEqual({
      imported: 0,
      skipped: 1,
    });
  });

  it('replaces a profile already present in place, or keeps both under a new name, when the user asks', async () => {
    const { main, id } = await exporter();
    const file = await exportTo(main, { ids: [id], passphrase: 'correct horse battery' });
    const target = freshMain();
    const sealed = { content: file.content, passphrase: 'correct horse battery' };
    await target.ok('profiles.import', sealed);
    const [original] = await target.ok('profiles.list', { providerId: 'http' });
    // The user changed the copy here; replacing brings back the file's secret and keeps the profile's id.
    await target.ok('profiles.update', { id: original?.id ?? '', patch: { secrets: { token: 'edited-here' } } });

    expect(await target.ok('profiles.import', { ...sealed, existing: 'replace' })).toEqual({ imported: 1, skipped: 0 });
    const afterReplace = await target.ok('profiles.list', { providerId: 'http' });
    expect(afterReplace.map((p) => p.id)).toEqual([original?.id]);
    expect(target.services.vault.secretsFor(original?.id ?? '')).toEqual({ token: canary });

    expect(await target.ok('profiles.import', { ...sealed, existing: 'keepBoth' })).toEqual({
      imported: 1,
      skipped: 0,
    });
    const names = (await target.ok('profiles.list', { providerId: 'http' })).map((p) => p.name);
    expect(names).toEqual([original?.name, `${original?.name} (imported)`]);
  });

  it('refuses a short passphrase for export', async () => {
    const { main, id } = await exporter();
    expect(await main.call('profiles.export', { ids: [id], passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('refuses a wrong passphrase, a missing one, a foreign file, a newer format and a damaged file, changing nothing', async () => {
    const { main, id } = await exporter();
    const sealed = (await exportTo(main, { ids: [id], passphrase: 'correct horse battery' })).content;
    const target = freshMain();
    await target.ok('profiles.list', {});
    const store = path.join(dirs[1] ?? '', 'profiles.json');
    const snapshot = () => (fs.existsSync(store) ? fs.readFileSync(store, 'utf8') : null);
    const before = snapshot();
    const newer = JSON.stringify({ ...JSON.parse(sealed), version: 2 });
    const damaged = JSON.stringify({ ...JSON.parse(sealed), profiles: [{ name: 3 }] });
    const cases: [string, string | undefined, RegExp][] = [
      [sealed, 'wrong passphrase!', /passphrase is wrong/],
      [sealed, undefined, /enter the passphrase it was exported with/],
      [JSON.stringify({ info: { name: 'Postman collection' }, item: [] }), undefined, /not a Parley profile export/],
      ['<xml/>', undefined, /not JSON/],
      [newer, 'correct horse battery', /newer Parley \(format 2; this version reads format 1\)/],
      [damaged, 'correct horse battery', /damaged/],
    ];
    for (const [content, passphrase, message] of cases) {
      const result = await target.call('profiles.import', { content, passphrase });
      expect(result.ok, String(message)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
      if (!result.ok) expect(result.error.message).toContain('Nothing was imported.');
    }
    expect(await target.ok('profiles.list', { providerId: 'http' })).toEqual([]);
    expect(snapshot()).toBe(before);
  });
});
