/**
 * What the Electron shell asks of the page, driven through the harness: the application menu's commands
 * (File ▸ New Tab, Close Tab, Settings…) arriving as `app.command` events, and Copy telling the user
 * when the clipboard refuses.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import { send, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';

let server: LoopbackServer;

test.beforeAll(async () => {
  server = await startLoopbackServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"greeting":"hello"}');
  });
});
test.afterAll(() => server.close());

const tabs = (page: Page) => page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');

test('the File menu’s New Tab, Close Tab and Reopen Closed Tab act on the workbench’s tabs', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  await page.getByRole('button', { name: 'New request (Ctrl+T)' }).click();
  const open = await tabs(page).count();
  await page.getByRole('textbox', { name: 'URL' }).fill('http://127.0.0.1:1/first');
  app.emit('app.command', { command: 'tab.new' });
  await expect(tabs(page)).toHaveCount(open + 1);
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue('');
  app.emit('app.command', { command: 'tab.close' });
  await expect(tabs(page)).toHaveCount(open);
  // The first tab has an unsaved edit: closing it asks, and Don't save closes it.
  app.emit('app.command', { command: 'tab.close' });
  await page
    .getByRole('alertdialog', { name: /^Save changes to/ })
    .getByRole('button', { name: 'Don’t save' })
    .click();
  await expect(tabs(page)).toHaveCount(open - 1);
  app.emit('app.command', { command: 'tab.reopen' });
  await expect(tabs(page)).toHaveCount(open);
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue('http://127.0.0.1:1/first');
});

test('Settings… says where the settings are, and a notice survives until dismissed', async ({ app }) => {
  const { page } = app;
  app.emit('app.command', { command: 'settings.open' });
  const notice = page.getByRole('region', { name: 'Notices' });
  await expect(notice).toContainText('Parley has no settings screen');
  await page.getByRole('button', { name: 'Dismiss Settings' }).click();
  await expect(notice).toHaveCount(0);
});

test('Copy says so when the clipboard refuses, and copies when it is allowed', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  await send(page, `${server.origin}/hello.json`, { awaitResponse: true });
  const inspector = page.locator('.response-inspector');
  await inspector.getByRole('tab', { name: 'Raw' }).click();
  const copy = inspector.getByRole('button', { name: 'Copy' });
  await expect(copy).toBeEnabled();

  // What Chromium does when the permission is missing (Electron denied it before this fix).
  await page.evaluate(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await copy.click();
  // Monaco keeps empty live regions (role=alert) of its own once an editor has mounted: look for ours.
  const copyProblem = page.getByRole('alert').filter({ hasText: 'Could not copy' });
  await expect(copyProblem).toContainText('Could not copy the body: Write permission denied.');
  await app.screenshot('copy-failed');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await page.evaluate(() => {
    delete (navigator.clipboard as { writeText?: unknown }).writeText;
  });
  await copy.click();
  await expect(inspector.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(copyProblem).toHaveCount(0);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('{"greeting":"hello"}');
});
