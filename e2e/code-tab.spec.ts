/**
 * The Code tab: a wbTeamPro request as PHP cURL with the password hashed by the snippet from an
 * environment variable, the language remembered, and "Copy with real secrets" written by main to the
 * clipboard without the secret ever reaching the window. Screenshots light and dark.
 */
import { test, expect } from './harness/fixture';

test('the Code tab writes the request as code with placeholders; real secrets go to the clipboard from main', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.getByRole('button', { name: /Theme: system/ }).click();
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'wbTeamPro' }).click();
  await page
    .getByRole('list', { name: 'wbTeamPro catalog' })
    .getByRole('button', { name: /Return a Project List/ })
    .first()
    .click();
  await expect(page.getByTestId('active-profile')).toContainText('Demo');

  await page.getByRole('tablist', { name: 'Request sections' }).getByRole('tab', { name: 'Code' }).click();
  await page.getByLabel('Language').selectOption('php-curl');
  const snippet = page.getByTestId('code-snippet');
  await expect(snippet).toHaveAttribute('data-code', /md5\(getenv\('WBTEAMPRO_PASSWORD'\)\)/);
  await expect(snippet.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await expect(snippet).toContainText('curl_setopt_array');
  await app.screenshot('code-tab-php-light');

  await page.getByRole('button', { name: 'Copy with real secrets…' }).click();
  await page
    .getByRole('alertdialog', { name: 'Include real secrets' })
    .getByRole('button', { name: 'Copy with secrets' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied with real secrets' })).toBeVisible();
  const copied = app.main().clipboard.text ?? '';
  expect(copied).toContain('curl_setopt_array');
  expect(copied).not.toContain('WBTEAMPRO_PASSWORD');
  // The window received only the character count: the hash in the clipboard appears in no IPC answer.
  const hash = /password=([0-9a-f]{32})/.exec(copied)?.[1] ?? '';
  expect(hash).toHaveLength(32);
  expect(JSON.stringify(app.ipcLog)).not.toContain(hash);

  // The choice is remembered: another request opens on PHP cURL too.
  await page
    .getByRole('list', { name: 'wbTeamPro catalog' })
    .getByRole('button', { name: /Return a Project( \(details assumed\))?$/ })
    .first()
    .click();
  await page.getByRole('tablist', { name: 'Request sections' }).getByRole('tab', { name: 'Code' }).click();
  await expect(page.getByLabel('Language')).toHaveValue('php-curl');
  // The catalog's example project id is in the draft, so the code calls that project.
  await expect(snippet).toHaveAttribute('data-code', /projects[./]100/);

  await page.getByRole('button', { name: /Theme: light/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page
    .getByRole('list', { name: 'wbTeamPro catalog' })
    .getByRole('button', { name: /Return a Project List/ })
    .first()
    .click();
  await page.getByRole('tablist', { name: 'Request sections' }).getByRole('tab', { name: 'Code' }).click();
  await page.getByLabel('Language').selectOption('python-requests');
  await expect(snippet).toHaveAttribute('data-code', /hashlib\.md5/);
  await expect(snippet).toContainText('requests.request');
  await app.screenshot('code-tab-python-dark');
});
