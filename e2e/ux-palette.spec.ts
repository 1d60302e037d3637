/**
 * The command palette (Ctrl+K): an exact name ranks first, then names that start with what was typed;
 * commands (theme, new request, save, settings) run from it; saved collection requests can be opened.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

const options = (page: Page) => page.getByRole('listbox').getByRole('option');

test('"Get mailing lists" ranks its exact match first, prefix matches before the rest', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('Get mailing lists');
  await expect(options(page).first()).toContainText('Get mailing lists');
  await expect(options(page).first()).toContainText('APSIS');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('theme');
  await expect(options(page).first()).toContainText(/Command/);
  await app.screenshot('ux-palette-theme');
});

test('palette commands: theme, new request, save, settings', async ({ app }) => {
  const { page } = app;
  const run = async (text: string) => {
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill(text);
    await expect(options(page).first()).toContainText(/Command/);
    await page.keyboard.press('Enter');
  };
  await run('dark theme');
  await expect(page.locator('.app')).toHaveAttribute('data-applied-theme', 'dark');
  await run('new request');
  await expect(page.getByRole('region', { name: 'Request' })).toBeVisible();
  await page.getByRole('region', { name: 'Request' }).getByLabel('URL', { exact: true }).fill('http://127.0.0.1:9/x');
  await run('save');
  await expect.poll(() => app.ipcLog.filter((record) => record.channel === 'collections.save').length).toBe(1);
  await run('settings');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
});

test('a saved collection request appears in Ctrl+K and opens', async ({ app }) => {
  const { page } = app;
  const draft = {
    sandbox: 'http',
    profileId: null,
    method: 'GET',
    url: 'http://127.0.0.1:9/saved',
    query: [],
    headers: [],
    body: { kind: 'none' },
    provider: null,
    transport: {},
  };
  await app
    .main()
    .router.dispatch(
      'collections.save',
      { name: 'Quarterly report', folder: '', draft, file: null },
      { senderUrl: app.server.origin },
    );
  await app.reload();
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('Quarterly');
  await expect(options(page).first()).toContainText('Quarterly report');
  await expect(options(page).first()).toContainText('Saved');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab', { selected: true })).toContainText(
    'Quarterly report',
  );
});
