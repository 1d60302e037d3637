/**
 * The settings screen: opened with Ctrl+, and from the palette, invalid values explained beside the field,
 * and what it saves honoured by the engine against a real loopback server (total timeout, follow redirects).
 * A transport error whose hint names a setting opens that setting.
 */
import { test, expect } from './harness/fixture';
import { send, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';

let server: LoopbackServer;

test.beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    if (request.url === '/slow') {
      const timer = setTimeout(() => response.end('late'), 5_000);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    if (request.url === '/moved') {
      response.writeHead(302, { location: '/target' });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('arrived at target');
  });
});
test.afterAll(async () => server.close());

test('Ctrl+, opens Settings; an invalid timeout is explained beside its field and not saved', async ({ app }) => {
  const { page } = app;
  await page.locator('body').press('Control+Comma');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  const total = dialog.getByLabel('Total timeout (ms)');
  await total.fill('5');
  await expect(dialog.getByText(/at least 100/)).toBeVisible();
  await expect(total).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeVisible();
  const stored = await app.main().router.dispatch('settings.get', {}, { senderUrl: app.server.origin });
  expect(stored.ok && (stored.value as { totalTimeoutMs: number }).totalTimeoutMs).toBe(120_000);
  await app.screenshot('ux-settings-invalid');
});

test('a total timeout saved in Settings stops a slow send, and its hint opens Settings', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+Comma');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Total timeout (ms)').fill('700');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await send(page, `${server.origin}/slow`);
  const error = page.getByRole('region', { name: 'Response' }).getByRole('alert');
  await expect(error).toContainText('700 ms');
  await error.getByRole('button', { name: 'Open settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Total timeout (ms)')).toBeFocused();
});

test('follow redirects off in Settings shows the 302 itself; the palette opens Settings', async ({ app }) => {
  const { page } = app;
  await send(page, `${server.origin}/moved`, { awaitResponse: true });
  await expect(page.getByTestId('response-status')).toContainText('200');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('settings');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Follow redirects').uncheck();
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('302');
});
