/**
 * Small things a daily user trips over: WHMCS's Auth preview and Path, the Query tab and the URL in step,
 * a blank APWT tab with the provider's only method, the catalog's "assumed" marker explained, and history
 * naming the provider and profile rather than a mock's loopback port.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

async function openSandbox(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name }).click();
}

test('WHMCS: the Auth preview shows the mask unencoded; the Path names the module and function', async ({ app }) => {
  const { page } = app;
  await openSandbox(page, 'WHMCS Client API');
  await page
    .getByRole('list', { name: /catalog/ })
    .getByRole('button', { name: /Get client details/ })
    .click();
  await expect(page.getByTestId('active-profile')).toContainText('Demo');
  const request = page.getByRole('region', { name: 'Request' });
  await expect(request.getByTestId('path-detail')).toHaveText('client/getdetails');
  await request.getByRole('tab', { name: 'Auth' }).click();
  const preview = page.getByTestId('request-preview');
  await expect(preview).toContainText('apikey=••••');
  await expect(preview).not.toContainText('%E2%80%A2');
  await app.screenshot('ux-whmcs-auth-preview');
});

test('the Query tab and the URL query string stay in step both ways', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: /New request/ }).click();
  const request = page.getByRole('region', { name: 'Request' });
  const url = request.getByLabel('URL', { exact: true });
  await url.fill('http://127.0.0.1:9/items?x=a%20b&y=2');
  await expect(request.getByLabel('Query parameter name 1')).toHaveValue('x');
  await expect(request.getByLabel('Query parameter value 1')).toHaveValue('a b');
  await expect(request.getByLabel('Query parameter name 2')).toHaveValue('y');
  await request.getByLabel('Query parameter value 2').fill('3');
  await expect(url).toHaveValue('http://127.0.0.1:9/items?x=a%20b&y=3');
});

test('a blank AllProWebTools tab shows POST, the method of every APWT endpoint', async ({ app }) => {
  const { page } = app;
  await openSandbox(page, 'AllProWebTools');
  await page.keyboard.press('Control+t');
  await expect(page.getByRole('region', { name: 'Request' }).getByLabel(/^Method /)).toHaveText('POST');
});

test('the catalog explains its "?" marker, to screen readers too', async ({ app }) => {
  const { page } = app;
  await openSandbox(page, 'WHMCS Client API');
  const catalog = page.getByRole('list', { name: /catalog/ });
  await expect(catalog.getByRole('button', { name: /List licenses.*assumed/i })).toBeVisible();
  await expect(page.getByTestId('catalog-legend')).toContainText(/\?.*assum/i);
});

test('history names the provider and profile, not a mock loopback port', async ({ app }) => {
  test.slow();
  const { page } = app;
  await openSandbox(page, 'WHMCS Client API');
  await page
    .getByRole('list', { name: /catalog/ })
    .getByRole('button', { name: /Get client details/ })
    .click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toBeVisible();
  const entry = page.getByRole('list', { name: 'History' }).getByRole('listitem').first();
  await expect(entry).toContainText('WHMCS Client API');
  await expect(entry).toContainText('Demo');
  await expect(entry).not.toContainText('127.0.0.1');
});
