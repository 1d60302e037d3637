import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { test, expect } from './harness/fixture';

const tree = (page: Page) => page.getByRole('list', { name: 'Saved requests' });

test('File ▸ Import: main’s dialog picks a Postman collection, the preview and report list what was not carried over, the folder appears', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const source = path.join(app.dataDir, 'shop.postman_collection.json');
  await copyFile(path.resolve('shared/import/testing/fixtures/postman-v21.json'), source);
  app.dialogs.script.openFile = () => source;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();

  app.emit('app.command', { command: 'import.open' });
  const dialog = page.getByRole('dialog', { name: /Import/ });
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(dialog.getByRole('heading', { name: 'Import Postman collection “Shop API”' })).toBeVisible();
  const created = dialog.getByRole('region', { name: 'Will be created' });
  await expect(created).toContainText('Shop API/Orders/list-orders.yaml');
  await expect(created).toContainText('Shop API/Customers/upload-avatar.yaml');
  const report = dialog.getByRole('region', { name: 'Not carried over' });
  await expect(report).toContainText('Orders/List orders: Test script (3 lines) not carried over');
  await expect(report).toContainText('Customers/Signed call: hawk auth is not carried over');
  await expect(dialog.getByRole('region', { name: 'Secrets found' })).toContainText('{{basic_password}}');
  await app.screenshot('import-preview-light');

  await dialog.getByRole('button', { name: 'Import 6 requests' }).click();
  await expect(dialog.getByRole('heading', { name: 'Imported into Shop API' })).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('6 requests written; 4 secret variables stored in the vault');
  await app.screenshot('import-report-light');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(tree(page).getByRole('button', { name: 'List orders', exact: true })).toBeVisible();
  const dir = path.join(app.dataDir, 'collections', 'Shop API');
  expect((await readdir(dir)).sort()).toEqual(['Customers', 'Orders', 'folder.parley.yaml']);
  const written = await readFile(path.join(dir, 'Orders', 'list-orders.yaml'), 'utf8');
  expect(written).toContain('password: "{{basic_password}}"');
  expect(written).not.toContain('p@ss w0rd$');

  // The same preview in the dark theme; Cancel writes nothing.
  await page.getByRole('button', { name: /Theme: system/ }).click();
  await page.getByRole('button', { name: /Theme: light/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  app.emit('app.command', { command: 'import.open' });
  await page
    .getByRole('dialog', { name: /Import/ })
    .getByRole('button', { name: 'Choose file…' })
    .click();
  await expect(page.getByRole('dialog', { name: /Import/ })).toContainText('into the new folder Shop API 2');
  await app.screenshot('import-preview-dark');
  await page
    .getByRole('dialog', { name: /Import/ })
    .getByRole('button', { name: 'Cancel' })
    .click();
  expect((await readdir(path.join(app.dataDir, 'collections'))).sort()).toEqual(['Shop API']);

  // A malformed file says where, and writes nothing.
  const broken = path.join(app.dataDir, 'broken.json');
  await writeFile(broken, '{\n  "item": [\n    1,,\n  ]\n}\n');
  app.dialogs.script.openFile = () => broken;
  app.emit('app.command', { command: 'import.open' });
  await page
    .getByRole('dialog', { name: /Import/ })
    .getByRole('button', { name: 'Choose file…' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'broken.json:3:7' })).toContainText('Malformed JSON');
  await app.screenshot('import-malformed-dark');
});

test('pasting a cURL command into the URL field turns the tab into that request, its token stored as a secret variable', async ({
  app,
}) => {
  const { page } = app;
  app.dialogs.script.confirm = () => true;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  const url = page.getByRole('textbox', { name: 'URL' });
  await url.focus();
  await url.evaluate((input) => {
    const data = new DataTransfer();
    data.setData(
      'text/plain',
      "curl -X POST 'https://api.example.com/v1/items?page=2' \\\n  -H 'Authorization: Bearer pasted-token-123' \\\n  --json '{\"name\":\"pen\"}'",
    );
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(url).toHaveValue('https://api.example.com/v1/items?page=2');
  await expect(page.getByRole('combobox', { name: 'Method' })).toHaveValue('POST');
  expect(app.dialogs.asked.map((asked) => asked.kind)).toEqual(['confirm']);
  // The window never received the token: only its variable name.
  const answers = app.ipcLog.filter((record) => record.channel === 'import.curl').map((record) => record.output);
  expect(JSON.stringify(answers)).toContain('Bearer {{authorization}}');
  expect(JSON.stringify(answers)).not.toContain('pasted-token-123');
  await app.screenshot('import-pasted-curl-light');
});

test('pasting an APSIS cURL command: main asks where the key goes, stores it in a new profile, and the request uses that profile', async ({
  app,
}) => {
  const { page } = app;
  const key = 'pasted-apsis-key-7f3a9b2c';
  app.dialogs.script.choose = () => 0;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  const url = page.getByRole('textbox', { name: 'URL' });
  await url.focus();
  await url.evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, `curl -u '${key}:' https://se.api.anpdm.com:8443/v1/mailinglists/1/10`);

  // An APSIS request opens in its own tab, on the profile main created.
  await expect(page.getByRole('combobox', { name: 'Profile' }).locator('option:checked')).toHaveText(
    /se\.api\.anpdm\.com:8443/,
  );
  expect(app.dialogs.asked).toMatchObject([
    { kind: 'choose', request: { choices: ['Store in a new profile', 'Store in profile Demo'] } },
  ]);
  const created = app
    .main()
    .services.vault.list('apsis')
    .find((p) => p.name === 'se.api.anpdm.com:8443');
  expect(app.main().services.vault.secretsFor(created?.id ?? '')).toEqual({ apiKey: key });
  expect(created?.fields).toMatchObject({ region: 'eu' });
  // Nothing the window received holds the key: not the parsed request, not the profile list.
  expect(JSON.stringify(app.ipcLog.map((record) => record.output))).not.toContain(key);
  await app.screenshot('import-pasted-apsis-curl-light');
});

test('File ▸ Import of an APSIS cURL file: the preview asks where the key goes; “Store in profile Demo” fills that profile', async ({
  app,
}) => {
  const { page } = app;
  const key = 'imported-apsis-key-51c0e9';
  const source = path.join(app.dataDir, 'lists.sh');
  await writeFile(source, `curl -u '${key}:' https://se.api.anpdm.com:8443/v1/mailinglists/1/10\n`);
  app.dialogs.script.openFile = () => source;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  app.emit('app.command', { command: 'import.open' });
  const dialog = page.getByRole('dialog', { name: /Import/ });
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  const where = dialog.getByRole('combobox', { name: 'Where the APSIS Pro credentials go' });
  await expect(where.locator('option')).toHaveText([
    'Store in a new profile',
    'Store in profile Demo',
    'Don’t store (enter them in a profile by hand)',
  ]);
  await app.screenshot('import-preview-profile-light');
  // The same preview in the dark theme, where the choice is made.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: /Theme: system/ }).click();
  await page.getByRole('button', { name: /Theme: light/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  app.emit('app.command', { command: 'import.open' });
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await where.selectOption({ label: 'Store in profile Demo' });
  await app.screenshot('import-preview-profile-dark');
  await dialog.getByRole('button', { name: 'Import 1 request' }).click();
  await expect(dialog.getByRole('status')).toContainText('credentials stored in the profile Demo');
  const demo = app
    .main()
    .services.vault.list('apsis')
    .find((p) => p.name === 'Demo');
  expect(app.main().services.vault.secretsFor(demo?.id ?? '')).toEqual({ apiKey: key });
  const dir = path.join(app.dataDir, 'collections');
  const written = (await readdir(dir, { recursive: true }))
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('folder.parley.yaml'))
    .map((f) => path.join(dir, f));
  const text = await readFile(written[0] ?? '', 'utf8');
  expect(text).toContain('profile: Demo');
  expect(text).not.toContain(key);
  expect(JSON.stringify(app.ipcLog.map((record) => record.output))).not.toContain(key);
});
