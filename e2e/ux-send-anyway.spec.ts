/**
 * "Send anyway" on a request the catalog's checks refuse: it sends what is shown, and the provider's own
 * answer to the missing parameter is what the user sees.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

async function openEndpoint(page: Page, sandbox: string, catalog: string, endpoint: RegExp) {
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: sandbox }).click();
  await page.getByRole('list', { name: catalog }).getByRole('button', { name: endpoint }).first().click();
  await expect(page.getByTestId('active-profile')).toContainText('Demo');
}

async function sendAnyway(page: Page, refusal: RegExp) {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Not sent' });
  await expect(banner).toContainText(refusal);
  await banner.getByRole('button', { name: 'Send anyway' }).click();
}

test('WHMCS "Order a cPanel license" with its required params empty: Send anyway sends, the API says what is missing', async ({
  app,
}) => {
  const { page } = app;
  await openEndpoint(page, 'WHMCS Client API', 'WHMCS Client API catalog', /Order a cPanel license/);
  await sendAnyway(page, /product is required/);

  const response = page.getByRole('region', { name: 'Response' });
  await expect(response.getByTestId('interpretation')).toContainText('missing required parameter: product', {
    timeout: 20_000,
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Not sent' })).toHaveCount(0);
  const send = app.ipcLog.find((record) => record.channel === 'request.send');
  expect(send?.output).toMatchObject({ ok: true, value: { response: { status: 200 } } });
  await app.screenshot('ux-send-anyway-whmcs');
});

test('APSIS "Get mailing list details" without its id: Send anyway sends the path as shown and APSIS answers', async ({
  app,
}) => {
  const { page } = app;
  await openEndpoint(page, 'APSIS Pro', 'APSIS Pro catalog', /Get mailing list details/);
  await sendAnyway(page, /is required/);

  const response = page.getByRole('region', { name: 'Response' });
  await expect(response.getByTestId('interpretation')).toBeVisible({ timeout: 20_000 });
  const send = app.ipcLog.find((record) => record.channel === 'request.send');
  const output = send?.output as { value?: { response?: { status: number }; sent: { url: string } } } | undefined;
  expect(output?.value?.response?.status).toBeGreaterThanOrEqual(400);
  expect(decodeURIComponent(output?.value?.sent.url ?? '')).toContain('{mailinglistId}');
  await expect(response).toContainText('Sent anyway: mailinglistId is required');
});
