/**
 * The secret boundary, end to end: a canary secret typed into the profile manager must come back out
 * nowhere — not in what main sends the renderer, the DOM, the console, the data folder (except the
 * encrypted entry), nor an export without secrets.
 */
import { randomUUID } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness/fixture';

async function filesUnder(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  const files: string[] = [];
  for (const name of names) if ((await stat(path.join(dir, name))).isFile()) files.push(path.join(dir, name));
  return files;
}

test('a canary secret typed into the profile manager leaks nowhere', async ({ app }) => {
  test.slow(); // Two app starts and two sends: far from the default timeout alone, not under a loaded CI machine.
  const canary = `CANARY-${randomUUID()}`;
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'wbTeamPro' }).click();
  await page.getByRole('button', { name: 'Manage…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiles — wbTeamPro' });
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'New profile' }).click();
  const editor = dialog.getByRole('form', { name: 'New profile' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Canary billing');
  await editor.getByRole('radio', { name: /Live/ }).check();
  await editor.getByLabel('Base URL').fill('mock://wbteampro');
  await editor.getByLabel('Admin username').fill('canary-admin');
  await editor.getByLabel(/Admin password/).fill(canary);
  await editor.getByRole('button', { name: 'Create profile' }).click();

  const saved = dialog.getByRole('form', { name: 'Edit Canary billing' });
  await expect(saved.getByLabel('Admin password is set')).toHaveText(`••••${canary.slice(-4)}`);
  await expect(dialog.getByRole('list', { name: 'Profiles' })).toContainText('Canary billing');

  // An export without secrets, written by main where its save dialog (scripted here) says.
  const exportFile = path.join(app.dataDir, 'canary-export.json');
  app.dialogs.script.saveFile = () => exportFile;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('button', { name: /^Export \d+ profiles?…$/ }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Exported/ })).toBeVisible();
  const exported = await readFile(exportFile, 'utf8');
  expect(exported).toContain('Canary billing');
  expect(exported).not.toContain(canary);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Two sends with the canary password against the wbTeamPro mock: refused logins, recorded in history,
  // counted by the ban guard — and the password is in none of it.
  const profileId =
    app
      .main()
      .services.vault.list('wbteampro')
      .find((p) => p.name === 'Canary billing')?.id ?? '';
  const outcomes: unknown[] = [];
  for (const n of [1, 2]) {
    const outcome = await page.evaluate(
      ([id, requestId]) =>
        window.parley.invoke('request.send', {
          requestId,
          draft: {
            sandbox: 'wbteampro',
            profileId: id,
            method: 'GET',
            url: '',
            query: [],
            headers: [],
            body: { kind: 'none' },
            provider: { endpointId: 'getConfig', params: {} },
            transport: {},
          },
        }),
      [profileId, `canary-${n}`] as const,
    );
    outcomes.push(outcome);
    expect(outcome.ok).toBe(true);
  }
  expect(app.main().services.vault.authState(profileId), JSON.stringify(outcomes)).toMatchObject({
    failures: 2,
    needsConfirmation: true,
  });

  // Restart: the secret still decrypts in main, and only there.
  await app.restart();
  const [profile] = app
    .main()
    .services.vault.list('wbteampro')
    .filter((p) => p.name === 'Canary billing');
  expect(app.main().services.vault.secretsFor(profile?.id ?? '')).toMatchObject({ password: canary });

  const outputs = JSON.stringify(app.ipcLog.map((record) => record.output));
  expect(outputs).toContain('Canary billing');
  expect(outputs).not.toContain(canary);
  expect(await app.page.content()).not.toContain(canary);
  expect(app.consoleLog.join('\n')).not.toContain(canary);
  const files = await filesUnder(app.dataDir);
  expect(files.some((file) => file.endsWith('profiles.json'))).toBe(true);
  for (const file of files) expect((await readFile(file)).includes(canary), file).toBe(false);
});
