import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

const tabs = (page: Page) => page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
const urlField = (page: Page) => page.getByRole('region', { name: 'Request' }).getByLabel('URL', { exact: true });

test('a restart brings back three tabs with the unsaved edit; closing the edited tab asks before discarding', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const canary = `CANARY-${randomUUID()}`;
  const { page } = app;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  const urls = ['http://127.0.0.1:9/users', 'http://127.0.0.1:9/orders', 'http://127.0.0.1:9/invoices'];
  for (const [index, url] of urls.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'New request (Ctrl+T)' }).click();
    await urlField(page).fill(url);
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('list', { name: 'Saved requests' })).toContainText(
      `GET 127.0.0.1:9${new URL(url).pathname}`,
    );
  }
  // Edit the second tab and leave it unsaved, with a credential typed in clear.
  await tabs(page).nth(1).click();
  await urlField(page).fill('http://127.0.0.1:9/orders?status=open');
  await page.getByRole('tab', { name: 'Headers' }).click();
  await page.getByLabel('Header name 1').fill('Authorization');
  await page.getByLabel('Header value 1').fill(`Bearer ${canary}`);
  await expect(tabs(page).nth(1).getByLabel('unsaved changes')).toBeVisible();

  // Main writes the session debounced; the file never holds the credential.
  const sessionFile = path.join(app.dataDir, 'session.json');
  // The URL's query lives in the Query rows (the URL field and the table stay in step).
  await expect
    .poll(() => readFile(sessionFile, 'utf8').catch(() => ''), { timeout: 10_000 })
    .toMatch(/"name": "status",\s*"value": "open"/);
  expect(await readFile(sessionFile, 'utf8')).not.toContain(canary);

  await app.restart();
  const page2 = app.page;
  await expect(tabs(page2)).toHaveCount(3);
  await expect(tabs(page2)).toHaveText([
    /GET 127.0.0.1:9\/users/,
    /GET 127.0.0.1:9\/orders/,
    /GET 127.0.0.1:9\/invoices/,
  ]);
  // The edited tab is active again, with its unsaved edit and its dirty mark.
  await expect(tabs(page2).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(urlField(page2)).toHaveValue('http://127.0.0.1:9/orders?status=open');
  await expect(tabs(page2).nth(1).getByLabel('unsaved changes')).toBeVisible();
  await page2.getByRole('tab', { name: 'Headers' }).click();
  await expect(page2.getByLabel('Header value 1')).toHaveValue('Bearer ••••');
  for (const record of app.ipcLog) expect(JSON.stringify(record.output ?? null)).not.toContain(canary);

  // Tab menu, light and dark.
  await tabs(page2).nth(0).click({ button: 'right' });
  const menu = page2.getByRole('menu', { name: 'GET 127.0.0.1:9/users tab actions' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Close',
    'Close others',
    'Close to the right',
    'Duplicate',
    'Rename',
    'Reveal in collection',
    'Copy as cURL',
  ]);
  await app.screenshot('workspace-tab-menu-light');
  await page2.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await app.screenshot('workspace-tab-menu-dark');
  await page2.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  // Copy as cURL from the tab's menu: the request as the Code tab's cURL snippet.
  // The app grants its own page the clipboard (main's permission handler); the harness's Chromium does it here.
  await page2.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await tabs(page2).nth(0).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Copy as cURL' }).click();
  await expect
    .poll(() => page2.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/^curl[\s\S]*http:\/\/127\.0\.0\.1:9\/users/);

  // Closing the edited tab asks; Cancel keeps it, Don't save closes it.
  await page2.getByTitle('Close GET 127.0.0.1:9/orders (Delete)', { exact: true }).click();
  const ask = page2.getByRole('alertdialog', { name: 'Save changes to “GET 127.0.0.1:9/orders”?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(tabs(page2)).toHaveCount(3);
  // The keyboard's way: Delete on the focused tab asks the same.
  await page2.getByRole('tab', { name: /GET 127.0.0.1:9\/orders/ }).focus();
  await page2.keyboard.press('Delete');
  await ask.getByRole('button', { name: 'Don’t save' }).click();
  await expect(tabs(page2)).toHaveText([/GET 127.0.0.1:9\/users/, /GET 127.0.0.1:9\/invoices/]);
  // The saved file was not touched.
  expect(await readFile(path.join(app.dataDir, 'collections', 'get-127-0-0-1-9-orders.yaml'), 'utf8')).not.toContain(
    'status',
  );

  // Middle click closes a clean tab at once.
  await tabs(page2).nth(1).click({ button: 'middle' });
  await expect(tabs(page2)).toHaveCount(1);

  // A narrow window with many tabs: scroll buttons and a list of every tab.
  await page2.setViewportSize({ width: 760, height: 700 });
  for (let n = 0; n < 8; n += 1) await page2.getByRole('button', { name: 'New request (Ctrl+T)' }).click();
  await expect(page2.getByRole('button', { name: 'Scroll tabs left' })).toBeVisible();
  const all = page2.getByRole('combobox', { name: 'All open tabs' });
  await expect(all.locator('option')).toHaveCount(9);
  await all.selectOption({ label: 'GET 127.0.0.1:9/users' });
  await expect(tabs(page2).first()).toHaveAttribute('aria-selected', 'true');
  await expect(page2.getByRole('button', { name: 'Scroll tabs right' })).toBeVisible();
});
