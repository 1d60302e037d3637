import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness/fixture';

test('a new user opens APSIS Pro, sends "Get mailing lists" with Ctrl+Enter, saves it, and finds it after a restart', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'APSIS Pro' }).click();
  await page
    .getByRole('list', { name: 'APSIS Pro catalog' })
    .getByRole('button', { name: /^GET Get mailing lists$/ })
    .click();
  await expect(page.getByTestId('active-profile')).toContainText('Demo');
  await page.keyboard.press('Control+Enter');
  const interpretation = page.getByRole('region', { name: 'Response' }).getByTestId('interpretation');
  await expect(interpretation).toHaveClass(/outcome-ok/, { timeout: 20_000 });
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('200');
  await app.screenshot('workbench-apsis-light');

  await page.keyboard.press('Control+s');
  const saved = page
    .getByRole('list', { name: 'Saved requests' })
    .getByRole('button', { name: 'Get mailing lists', exact: true });
  await expect(saved).toBeVisible();
  const files = (await readdir(path.join(app.dataDir, 'collections'))).filter((f) => f.endsWith('.yaml'));
  expect(files).toEqual(['get-mailing-lists.yaml']);
  const text = await readFile(path.join(app.dataDir, 'collections', files[0] ?? ''), 'utf8');
  expect(text).toContain('profile: Demo');
  expect(text).not.toContain('parley-demo-apsis-key');

  await app.restart();
  const again = app.page
    .getByRole('list', { name: 'Saved requests' })
    .getByRole('button', { name: 'Get mailing lists', exact: true });
  await again.click();
  await app.page.keyboard.press('Control+Enter');
  await expect(app.page.getByRole('region', { name: 'Response' }).getByTestId('interpretation')).toHaveClass(
    /outcome-ok/,
    { timeout: 20_000 },
  );
});

test('collection files: edited on disk changes the open request; a malformed file is listed with its error', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  await page.getByRole('textbox', { name: 'URL' }).fill('http://127.0.0.1:9/first');
  await page.keyboard.press('Control+s');
  const dir = path.join(app.dataDir, 'collections');
  await expect.poll(async () => (await readdir(dir)).filter((f) => f.endsWith('.yaml')).length).toBe(1);
  const file = path.join(dir, (await readdir(dir)).find((f) => f.endsWith('.yaml')) ?? '');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('http://127.0.0.1:9/first', 'http://127.0.0.1:9/edited-outside'));
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue('http://127.0.0.1:9/edited-outside');

  await writeFile(path.join(dir, 'broken.yaml'), 'parley: 1\nname: [unclosed\n');
  await expect(page.getByRole('note')).toContainText('broken.yaml');
  await app.screenshot('workbench-collections');
});

test('form and raw JSON stay in sync; invalid JSON blocks sending with its line and column', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'WHMCS Client API' }).click();
  await page
    .getByRole('list', { name: 'WHMCS Client API catalog' })
    .getByRole('button', { name: /order/i })
    .first()
    .click();
  await page.getByLabel(/^ip/).fill('203.0.113.7');
  await page.getByRole('button', { name: 'Raw JSON' }).click();
  const editor = page.locator('.raw-editor .monaco-editor');
  await expect(editor.locator('.view-lines')).toContainText('203.0.113.7');

  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('{\n"ip": "198.51.100.1",\n"product": }');
  await expect(page.getByTestId('json-problem')).toContainText('line 3');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Not sent: invalid JSON at line 3' })).toBeVisible();

  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('{"ip": "198.51.100.1"}');
  await expect(page.getByTestId('json-problem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Form' }).click();
  await expect(page.getByLabel(/^ip/)).toHaveValue('198.51.100.1');
});

test('ten tabs keep their own unsent edits and last response', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  for (let i = 0; i < 10; i += 1) {
    if (i > 0) await page.keyboard.press('Control+t');
    await page.getByRole('textbox', { name: 'URL' }).fill(`http://127.0.0.1:1/tab-${i}`);
    if (i % 3 === 0) {
      await page.keyboard.press('Control+Enter');
      await expect(page.getByRole('region', { name: 'Response' })).toContainText(/refused|connect/i, {
        timeout: 15_000,
      });
    }
  }
  const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  await expect(tabs).toHaveCount(10);
  for (let i = 9; i >= 0; i -= 1) {
    await tabs.nth(i).click();
    await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(`http://127.0.0.1:1/tab-${i}`);
    if (i % 3 === 0) await expect(page.getByRole('region', { name: 'Response' })).toContainText(/refused|connect/i);
    else await expect(page.getByRole('region', { name: 'Response' })).not.toContainText(/refused/i);
  }
});
