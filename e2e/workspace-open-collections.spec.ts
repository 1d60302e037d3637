import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness/fixture';

const billingRequest = `parley: 1
name: List invoices
profile: null
request:
  sandbox: http
  method: GET
  url: http://127.0.0.1:9/invoices
  query: []
  headers: []
  body:
    kind: none
  provider: null
`;

test('two collections open at once: each shown with its requests; opening one makes it current; a restart keeps both', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const billing = path.join(app.dataDir, 'billing');
  await mkdir(billing, { recursive: true });
  await writeFile(path.join(billing, 'list-invoices.yaml'), billingRequest);

  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  await page
    .getByRole('region', { name: 'Request' })
    .getByLabel('URL', { exact: true })
    .fill('http://127.0.0.1:9/users');
  await page.keyboard.press('Control+s');
  const current = page.getByRole('list', { name: 'Saved requests', exact: true });
  await expect(current).toContainText('GET 127.0.0.1:9/users');

  app.dialogs.script.openFolder = () => billing;
  await page.getByRole('button', { name: 'Add collection…' }).click();
  const other = page.getByRole('region', { name: 'Collection billing' });
  await expect(other.getByRole('button', { name: 'List invoices' })).toBeVisible();
  await app.screenshot('workspace-two-collections-light');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await app.screenshot('workspace-two-collections-dark');
  await page.evaluate(() => delete document.documentElement.dataset.theme);

  // Opening a request of the other collection makes it the current one.
  await other.getByRole('button', { name: 'List invoices' }).click();
  await expect(page.getByRole('tab', { name: /List invoices/ })).toHaveAttribute('aria-selected', 'true');
  await expect(current).toContainText('List invoices');
  const previous = page.getByRole('region', { name: 'Collection collections' });
  await expect(previous.getByRole('button', { name: 'GET 127.0.0.1:9/users' })).toBeVisible();

  await app.restart();
  await expect(app.page.getByRole('list', { name: 'Saved requests', exact: true })).toContainText('List invoices');
  await expect(
    app.page
      .getByRole('region', { name: 'Collection collections' })
      .getByRole('button', { name: 'GET 127.0.0.1:9/users' }),
  ).toBeVisible();

  await app.page.getByRole('button', { name: 'Close collection collections' }).click();
  await expect(app.page.getByRole('region', { name: 'Collection collections' })).toBeHidden();
});
