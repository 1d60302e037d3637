/**
 * Profiles ask only for what they use: an APSIS profile with a region names its host (no base URL needed),
 * Custom needs one; a Plain HTTP profile may leave its base URL empty.
 */
import { test, expect } from './harness/fixture';

test('an APSIS profile with a region and a Plain HTTP profile save without a base URL', async ({ app }) => {
  test.slow();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'APSIS Pro' }).click();
  await page.getByRole('button', { name: 'Manage…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiles — APSIS Pro' });
  await dialog.getByRole('button', { name: 'New profile' }).click();
  const editor = dialog.getByRole('form', { name: 'New profile' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Europe account');
  const baseUrl = editor.getByLabel('Base URL');
  await baseUrl.fill('');
  await editor.getByLabel('Region').selectOption('custom');
  await expect(editor.getByText('A base URL is required', { exact: false })).toBeVisible();
  await editor.getByLabel('Region').selectOption('eu');
  await expect(editor.getByText(/Not used with this choice/)).toBeVisible();
  await expect(editor.getByText('A base URL is required', { exact: false })).toBeHidden();
  await editor.getByLabel(/API key/).fill('Europe-Key-1');
  await app.screenshot('ux-profile-apsis-region');
  await editor.getByRole('button', { name: 'Create profile' }).click();
  await expect(dialog.getByRole('form', { name: 'Edit Europe account' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'Plain HTTP' }).click();
  await page.getByRole('button', { name: 'Manage…' }).click();
  const plain = page.getByRole('dialog', { name: 'Profiles — Plain HTTP' });
  await plain.getByRole('button', { name: 'New profile' }).click();
  const plainEditor = plain.getByRole('form', { name: 'New profile' });
  await plainEditor.getByRole('textbox', { name: 'Name', exact: true }).fill('No base');
  await plainEditor.getByLabel('Base URL').fill('');
  await expect(plainEditor.getByText(/Optional\. A request URL without a scheme/)).toBeVisible();
  await plainEditor.getByRole('button', { name: 'Create profile' }).click();
  await expect(plain.getByRole('form', { name: 'Edit No base' })).toBeVisible();

  const saved = app
    .main()
    .services.vault.list()
    .filter((p) => p.name === 'Europe account' || p.name === 'No base');
  expect(saved.map((p) => [p.name, p.baseUrl]).sort()).toEqual([
    ['Europe account', ''],
    ['No base', ''],
  ]);
});

test('a Plain HTTP URL without a scheme says under the field where it will be sent', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'Plain HTTP' }).click();
  const url = page.getByRole('region', { name: 'Request' }).getByLabel('URL', { exact: true });
  await url.fill('127.0.0.1:9/no-scheme');
  await expect(page.getByTestId('url-rule')).toHaveText(
    'No scheme and no profile base URL: sent as http://127.0.0.1:9/no-scheme',
  );
  await url.fill('http://127.0.0.1:9/with-scheme');
  await expect(page.getByTestId('url-rule')).toHaveCount(0);
});
