/**
 * A send refused by Parley's checks while the user is scrolled down a long form: the reason comes into view,
 * several problems are a list in plain words, and the earlier response is marked as the earlier one.
 */
import { test, expect } from './harness/fixture';

test('a refused send brings its reasons into view as a list and dims the previous response', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 480 });
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'WHMCS Client API' }).click();
  await page
    .getByRole('list', { name: 'WHMCS Client API catalog' })
    .getByRole('button', { name: /Order a cPanel license/ })
    .click();
  await expect(page.getByTestId('active-profile')).toContainText('Demo');
  await page.getByLabel(/^product\b/).fill('No such product');
  await page.getByLabel(/^ip\b/).fill('203.0.113.9');
  await page.getByLabel(/^billingcycle\b/).selectOption('Monthly');
  await page.keyboard.press('Control+Enter');
  const response = page.getByRole('region', { name: 'Response' });
  await expect(response.getByTestId('interpretation')).toBeVisible({ timeout: 20_000 });

  await page.getByLabel(/^product\b/).fill('');
  await page.getByLabel(/^ip\b/).fill('not an address');
  const editor = page.getByRole('region', { name: 'Request' });
  await editor.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await page.getByLabel(/^ip\b/).focus();
  await page.keyboard.press('Control+Enter');

  const banner = page.getByRole('alert').filter({ hasText: 'Not sent' });
  await expect(banner).toBeInViewport();
  await expect(banner.getByRole('listitem')).toHaveCount(2);
  await expect(banner).toContainText('product is required');
  await expect(banner).toContainText('ip must be like 203.0.113.10');
  await expect(banner).not.toContainText(/\\d|\^|\$|\{\d/);
  await expect(response.getByRole('note').filter({ hasText: 'The last send was refused' })).toBeVisible();
  await expect(response).toHaveClass(/response-stale/);
  await app.screenshot('ux-refused-send-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('ux-refused-send-dark');
});
