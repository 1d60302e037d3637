/**
 * Provider credentials in an import go to a profile through the vault, never to a collection file or the
 * window: the pasted cURL flow (main's own question) and the import preview (the user's choice per profile).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDialogDouble } from '../dialogs/dialog-double';
import { bootMain, filesUnder, type BootedMain } from '../vault/vault-test-kit';

const key = `apsis-${randomBytes(10).toString('hex')}`;
const command = `curl -u '${key}:' https://se.api.anpdm.com:8443/v1/mailinglists/1/10`;

let dir: string;
let main: BootedMain;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-import-profiles-'));
  main = bootMain(dir, randomBytes(32), 'os', createDialogDouble());
});
afterEach(async () => {
  await main.services.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

const collectionText = () =>
  filesUnder(path.join(dir, 'collections'))
    .map((f) => f.bytes.toString('utf8'))
    .join('\n');

describe('a pasted cURL command with an APSIS key', () => {
  it('“Store in a new profile”: the vault holds the key, the draft refers to the profile, the window never sees it', async () => {
    main.dialogs.script.choose = () => 0;
    const result = await main.ok('import.curl', { text: command });
    if (!result.ok) throw new Error(result.message);
    expect(main.dialogs.asked).toMatchObject([
      {
        kind: 'choose',
        request: {
          message: expect.stringContaining('APSIS Pro credentials (API key ••••'),
          choices: ['Store in a new profile', 'Store in profile Demo'],
        },
      },
    ]);
    expect(result.profile).toEqual({ id: expect.any(String), name: 'se.api.anpdm.com:8443' });
    expect(result.draft).toMatchObject({ sandbox: 'apsis', profileId: result.profile?.id });
    const { vault } = main.services;
    expect(vault.secretsFor(result.profile?.id ?? '')).toEqual({ apiKey: key });
    expect(vault.get(result.profile?.id ?? '')).toMatchObject({
      providerId: 'apsis',
      baseUrl: 'https://se.api.anpdm.com:8443',
      fields: { region: 'eu' },
    });
    expect(JSON.stringify(main.outputs)).not.toContain(key);

    // Saved, the request names the profile; the file holds no key.
    await main.ok('collections.save', { name: 'Lists', draft: result.draft, file: null });
    expect(collectionText()).toContain('profile: se.api.anpdm.com:8443');
    expect(collectionText()).not.toContain(key);
  });

  it('“Store in profile Demo” gives the existing profile the key; Cancel stores nothing', async () => {
    const demo = main.services.vault.list('apsis').find((p) => p.name === 'Demo');
    main.dialogs.script.choose = () => 1;
    const stored = await main.ok('import.curl', { text: command });
    expect(stored.ok && stored.profile).toEqual({ id: demo?.id, name: 'Demo' });
    expect(main.services.vault.secretsFor(demo?.id ?? '')).toEqual({ apiKey: key });
    expect(main.services.vault.list('apsis')).toHaveLength(1);

    main.dialogs.script.choose = () => null;
    const other = `apsis-${randomBytes(10).toString('hex')}`;
    const kept = await main.ok('import.curl', { text: command.replace(key, other) });
    expect(kept.ok && kept.profile).toBeNull();
    expect(kept.ok && kept.draft.profileId).toBeNull();
    expect(JSON.stringify(main.services.vault.list().map((p) => main.services.vault.secretsFor(p.id)))).not.toContain(
      other,
    );
  });
});

describe('the other providers’ credentials in a pasted cURL command', () => {
  const apwtKey = `k${randomBytes(12).toString('hex')}`;
  const apwtAuth = `a${randomBytes(12).toString('hex')}`;
  const authCode = '3f2b1c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
  const clientKey = `ck-${randomBytes(10).toString('hex')}`;
  it.each([
    {
      provider: 'apwt',
      text: `curl -H 'Apwt-Apikey: ${apwtKey}' -H 'Apwt-Apiauth: ${apwtAuth}' https://shop.example.com/api/apikeycheck.php`,
      secrets: { apiKey: apwtKey, apiAuth: apwtAuth },
    },
    {
      provider: 'webcrm',
      text: `curl -X POST 'https://api.webcrm.com/Auth/ApiLogin?authCode=${authCode}'`,
      secrets: { applicationToken: authCode },
    },
    {
      provider: 'whmcs-clientapi',
      text: `curl -d 'm=clientapi&apikey=${clientKey}&apimodule=client&apifunction=getdetails' https://billing.example.com/index.php`,
      secrets: { apikey: clientKey },
    },
  ])(
    '$provider: a new profile gets them, the draft uses it, no output holds them',
    async ({ provider, text, secrets }) => {
      main.dialogs.script.choose = () => 0;
      const result = await main.ok('import.curl', { text });
      if (!result.ok) throw new Error(result.message);
      expect(result.draft).toMatchObject({ sandbox: provider, profileId: result.profile?.id });
      expect(main.services.vault.secretsFor(result.profile?.id ?? '')).toMatchObject(secrets);
      for (const value of Object.values(secrets)) expect(JSON.stringify(main.outputs)).not.toContain(value);
    },
  );
});

describe('an imported file with provider credentials', () => {
  it('the preview offers a new or an existing profile; applying stores the key in the vault and names the profile in the files', async () => {
    const file = path.join(dir, 'lists.sh');
    fs.writeFileSync(file, `${command}\n`);
    main.dialogs.script.openFile = () => file;
    const pick = await main.ok('import.pickFile', {});
    if (pick.kind !== 'preview') throw new Error(pick.kind);
    expect(pick.profiles).toEqual([
      expect.objectContaining({
        index: 0,
        provider: 'apsis',
        providerName: 'APSIS Pro',
        baseUrl: 'https://se.api.anpdm.com:8443',
        secretFields: ['apiKey'],
        existing: [{ id: expect.any(String), name: 'Demo' }],
      }),
    ]);
    const applied = await main.ok('import.apply', {
      id: pick.id,
      storeSecrets: true,
      profiles: [{ index: 0, target: 'new' }],
    });
    expect(applied.profiles).toEqual(['se.api.anpdm.com:8443']);
    const created = main.services.vault.list('apsis').find((p) => p.name === 'se.api.anpdm.com:8443');
    expect(main.services.vault.secretsFor(created?.id ?? '')).toEqual({ apiKey: key });
    expect(collectionText()).toContain('profile: se.api.anpdm.com:8443');
    expect(collectionText()).not.toContain(key);
    const listing = await main.ok('collections.list', {});
    expect(listing.items.map((i) => i.draft?.profileId)).toEqual([created?.id]);
    expect(JSON.stringify(main.outputs)).not.toContain(key);
  });
});
