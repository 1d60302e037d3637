import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { createDialogDouble } from '../dialogs/dialog-double';
import { createFileGrants } from '../files/file-grants';
import { confDocumentOpener } from '../store/document';
import { createSettingsHandlers, createSettingsRepository } from './settings-handlers';

const call = { senderUrl: 'parley://app/' };
let dir: string;
let notices: unknown[];

const repository = () =>
  createSettingsRepository({ openDocument: confDocumentOpener(dir, { emit: (_, payload) => notices.push(payload) }) });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-settings-'));
  notices = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('settings on disk', () => {
  it('moves a corrupted settings.json aside, starts from the defaults and says so', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"totalTimeoutMs": 5000,, oops');
    const settings = repository();
    expect(settings.read()).toEqual(defaultSettings);
    const kept = fs.readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0]!), 'utf8')).toBe('{"totalTimeoutMs": 5000,, oops');
    expect(notices).toEqual([expect.objectContaining({ level: 'error', title: 'Started your settings afresh' })]);
  });

  it('restores the last good copy when one exists', () => {
    repository().update({ totalTimeoutMs: 700 });
    fs.writeFileSync(path.join(dir, 'settings.json'), 'not json');
    expect(repository().read().totalTimeoutMs).toBe(700);
    expect(notices).toEqual([expect.objectContaining({ level: 'warning', title: 'Recovered your settings' })]);
  });
});

describe('settings handlers', () => {
  const handlersWith = (grants = createFileGrants()) =>
    createSettingsHandlers(repository(), {
      dialogs: createDialogDouble(),
      files: grants,
      profilesWithSecrets: () => 0,
    });

  it('refuses a proxy that is not an http(s) URL, and a CA path typed by the renderer', async () => {
    const handlers = handlersWith();
    await expect(handlers['settings.update']({ proxyUrl: 'socks5://p:1' }, call)).rejects.toThrow(
      /http:\/\/ or https:\/\//,
    );
    await expect(handlers['settings.update']({ caFile: '/etc/shadow' }, call)).rejects.toThrow(/Choose CA file/);
  });

  it('takes a CA file only through a picked-file token, and only a PEM certificate', async () => {
    const grants = createFileGrants();
    const handlers = handlersWith(grants);
    const pem = path.join(dir, 'ca.pem');
    fs.writeFileSync(pem, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const notPem = path.join(dir, 'key.txt');
    fs.writeFileSync(notPem, 'hello');
    await expect(handlers['settings.caFile.set']({ token: 'parley-file:forged:ca.pem' }, call)).rejects.toThrow(
      /again/,
    );
    await expect(handlers['settings.caFile.set']({ token: grants.grant(notPem) }, call)).rejects.toThrow(/no PEM/);
    expect((await handlers['settings.caFile.set']({ token: grants.grant(pem) }, call)).caFile).toBe(pem);
    expect((await handlers['settings.caFile.set']({ token: null }, call)).caFile).toBe('');
  });
});
