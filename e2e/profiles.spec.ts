import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness/fixture';

test('the profile manager validates as you type, deletes with undo, reorders and looks right in both themes', async ({
  app,
}) => {
  test.slow(); // Two profiles typed field by field and a restart.
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'wbTeamPro' }).click();
  await page.getByRole('button', { name: 'Manage…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiles — wbTeamPro' });

  for (const name of ['Customer A', 'Customer B']) {
    await dialog.getByRole('button', { name: 'New profile' }).click();
    const editor = dialog.getByRole('form', { name: 'New profile' });
    await editor.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    const baseUrl = editor.getByLabel('Base URL');
    await baseUrl.fill('billing.example.com');
    await expect(editor.getByText(/needs a scheme and a host/)).toBeVisible();
    await baseUrl.fill('https://billing.example.com/whmcs');
    await expect(editor.getByText(/needs a scheme and a host/)).toBeHidden();
    await editor.getByLabel('Admin username').fill('has space');
    await expect(editor.getByText(/One word, no spaces/)).toBeVisible();
    await editor.getByLabel('Admin username').fill('admin');
    await editor.getByLabel(/Admin password/).fill('correct horse battery staple');
    await editor.getByRole('button', { name: 'Add variable' }).click();
    await editor.getByLabel('Variable 1 name').fill('client');
    await editor.getByLabel('Variable 1 value').fill('42');
    await editor.getByRole('button', { name: 'Create profile' }).click();
    await expect(dialog.getByRole('form', { name: `Edit ${name}` })).toBeVisible();
  }

  const list = dialog.getByRole('list', { name: 'Profiles' });
  const names = () => list.locator('.profile-name').allTextContents();
  expect((await names()).slice(-2)).toEqual(['Customer A', 'Customer B']);
  await dialog.getByRole('button', { name: 'Move Customer B up' }).click();
  await expect.poll(async () => (await names()).slice(-2)).toEqual(['Customer B', 'Customer A']);

  // TLS off shows its warning; a secret shows only its mask with a Replace affordance.
  const editB = dialog.getByRole('form', { name: 'Edit Customer B' });
  await editB.getByRole('switch', { name: 'Verify TLS certificates' }).uncheck();
  await expect(editB.getByText(/Certificate checks are off/)).toBeVisible();
  await expect(editB.getByLabel('Admin password is set')).toHaveText('••••aple');
  await expect(editB.getByRole('button', { name: 'Replace' })).toBeVisible();

  await dialog.getByRole('region', { name: 'Profile details' }).evaluate((element) => (element.scrollTop = 0));
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await app.screenshot('profiles-manager-light');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await app.screenshot('profiles-manager-dark');

  await list.getByRole('button', { name: /^Customer B/ }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Deleted “Customer B”.' })).toBeVisible();
  await expect(list).not.toContainText('Customer B');
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(list).toContainText('Customer B');
  expect(
    app.main().services.vault.secretsFor(
      app
        .main()
        .services.vault.list('wbteampro')
        .find((p) => p.name === 'Customer B')?.id ?? '',
    ),
  ).toMatchObject({ password: 'correct horse battery staple' });

  await dialog.getByRole('button', { name: 'Close' }).click();
  const picker = page.getByRole('combobox', { name: 'Profile' });
  await picker.selectOption({ label: 'Customer A (test)' });
  await app.restart();
  await app.page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'wbTeamPro' }).click();
  await expect(app.page.getByRole('combobox', { name: 'Profile' })).toHaveValue(
    app.main().services.vault.lastUsed('wbteampro') ?? 'none',
  );
  expect(app.main().services.vault.get(app.main().services.vault.lastUsed('wbteampro') ?? '')?.name).toBe('Customer A');
});

test('a damaged profiles file is moved aside, the backup restored, and the user told', async ({ app }) => {
  await app.page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'wbTeamPro' }).click();
  await app.page.getByRole('button', { name: 'Manage…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Profiles — wbTeamPro' });
  await dialog.getByRole('button', { name: 'New profile' }).click();
  const editor = dialog.getByRole('form', { name: 'New profile' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Survivor');
  await editor.getByLabel('Base URL').fill('https://billing.example.com');
  await editor.getByLabel('Admin username').fill('admin');
  await editor.getByLabel(/Admin password/).fill('survivor-password');
  await editor.getByRole('button', { name: 'Create profile' }).click();
  await expect(dialog.getByRole('form', { name: 'Edit Survivor' })).toBeVisible();

  const file = path.join(app.dataDir, 'profiles.json');
  const good = await readFile(file, 'utf8');
  await writeFile(file, good.slice(0, Math.floor(good.length / 3)));
  await app.restart();

  await expect(app.page.getByRole('status').filter({ hasText: 'Recovered your profiles' })).toContainText(
    /kept as profiles\.corrupt-/,
  );
  expect((await readdir(app.dataDir)).filter((name) => name.startsWith('profiles.corrupt-'))).toHaveLength(1);
  expect(
    app
      .main()
      .services.vault.list('wbteampro')
      .map((p) => p.name),
  ).toContain('Survivor');
  await app.page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'wbTeamPro' }).click();
  await app.page.getByRole('button', { name: 'Manage…' }).click();
  await expect(app.page.getByRole('dialog').getByRole('list', { name: 'Profiles' })).toContainText('Survivor');
});

test('an export sealed with a passphrase imports back only with that passphrase', async ({ app }) => {
  test.slow(); // scrypt runs three times, by design slow.
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'wbTeamPro' }).click();
  await page.getByRole('button', { name: 'Manage…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiles — wbTeamPro' });
  await dialog.getByRole('button', { name: 'New profile' }).click();
  const editor = dialog.getByRole('form', { name: 'New profile' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Travelling');
  await editor.getByLabel('Base URL').fill('https://billing.example.com');
  await editor.getByLabel('Admin username').fill('admin');
  await editor.getByLabel(/Admin password/).fill('travelling-password-1');
  await editor.getByRole('button', { name: 'Create profile' }).click();
  await expect(dialog.getByRole('form', { name: 'Edit Travelling' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Export…' }).click();
  const exportForm = dialog.getByRole('form', { name: 'Export profiles' });
  await exportForm.getByLabel('Include secrets, sealed with a passphrase').check();
  await exportForm.getByLabel('Passphrase', { exact: true }).fill('open sesame 42');
  await exportForm.getByLabel('Repeat passphrase').fill('open sesame 4');
  await expect(exportForm.getByText('The two passphrases differ.')).toBeVisible();
  await exportForm.getByLabel('Repeat passphrase').fill('open sesame 42');
  // Main asks where to save (its native dialog, scripted here) and writes the file; the page gets its name.
  const file = path.join(app.dataDir, 'chosen-export.json');
  app.dialogs.script.saveFile = () => file;
  await exportForm.getByRole('button', { name: /^Export \d+ profiles?…$/ }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Exported/ })).toContainText(
    `to ${path.basename(file)}, secrets sealed with your passphrase`,
  );
  const written = await readFile(file, 'utf8');
  expect(written).not.toContain('travelling-password-1');
  const sealed = (JSON.parse(written) as { secrets: { data: string } }).secrets.data;
  expect(JSON.stringify(app.ipcLog)).not.toContain(sealed);

  await dialog
    .getByRole('list', { name: 'Profiles' })
    .getByRole('button', { name: /^Travelling/ })
    .click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('list', { name: 'Profiles' })).not.toContainText('Travelling');

  await dialog.getByLabel('Profile file to import').setInputFiles(file);
  const importForm = dialog.getByRole('form', { name: 'Import profiles' });
  await importForm.getByLabel('Passphrase').fill('open sesame 43');
  await importForm.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'The passphrase is wrong' })).toContainText(
    'Nothing was imported.',
  );
  await importForm.getByLabel('Passphrase').fill('open sesame 42');
  await importForm.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Imported 1 profile/ })).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Profiles' })).toContainText('Travelling');
  const vault = app.main().services.vault;
  expect(vault.secretsFor(vault.list('wbteampro').find((p) => p.name === 'Travelling')?.id ?? '')).toEqual({
    password: 'travelling-password-1',
  });

  // The same file again: the profile is already present, and the user chooses what happens to it.
  await dialog.getByLabel('Profile file to import').setInputFiles(file);
  await importForm.getByLabel('Passphrase').fill('open sesame 42');
  await importForm.getByRole('button', { name: 'Import' }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: /^Imported 0 profiles; \d+ already present/ }),
  ).toBeVisible();
  await dialog
    .getByRole('group', { name: 'Profiles already present' })
    .getByRole('button', { name: 'Keep both' })
    .click();
  await expect(dialog.getByRole('list', { name: 'Profiles' })).toContainText('Travelling (imported)');
  expect(vault.list('wbteampro').filter((p) => p.name.startsWith('Travelling'))).toHaveLength(2);
});

test('the profile manager keeps keyboard focus inside while open and gives it back to Manage… when closed', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'APSIS Pro' }).click();
  const manage = page.getByRole('button', { name: 'Manage…' });
  await manage.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Profiles — APSIS Pro' });
  await expect(dialog).toBeVisible();
  const focusInside = () => dialog.evaluate((element) => element.contains(document.activeElement));
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInside()).toBe(true);
  }
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInside()).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(manage).toBeFocused();
});
