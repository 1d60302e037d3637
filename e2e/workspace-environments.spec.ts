import { randomUUID } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import { startLoopbackServer } from './harness/loopback-server';

async function filesUnder(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  const files: string[] = [];
  for (const name of names) if ((await stat(path.join(dir, name))).isFile()) files.push(path.join(dir, name));
  return files;
}

/** Moves the pointer over a `{{name}}` of the URL field and returns the hover card. */
async function hoverVariable(page: Page, name: string) {
  const box = await page.locator(`.url-field mark[data-variable="${name}"]`).boundingBox();
  if (!box) throw new Error(`{{${name}}} is not in the URL`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  return page.getByRole('tooltip');
}

test('an environment switch changes the URL shown on hover and the request sent; a secret variable leaks nowhere', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const canary = `CANARY-${randomUUID()}`;
  const received: { path: string; token: string | undefined }[] = [];
  const server = await startLoopbackServer((req, res) => {
    received.push({ path: req.url ?? '', token: req.headers['x-api-token'] as string | undefined });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Plain HTTP' }).click();

    await page.getByRole('button', { name: 'Variables…' }).click();
    const editor = page.getByRole('dialog', { name: 'Environments and variables' });
    // A global secret, allowed only for the loopback server's origin.
    await editor.getByRole('button', { name: 'Add variable' }).click();
    await editor.getByLabel('Global variable 1 name').fill('apiToken');
    await editor.getByLabel('apiToken is secret').check();
    await editor.getByLabel('Global variable 1 value').fill(canary);
    await editor.getByLabel('apiToken allowed origins').fill(server.origin);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editor.getByRole('status')).toHaveText('Global variables saved.');
    await expect(editor.getByLabel('apiToken is set')).toHaveText(`••••${canary.slice(-4)}`);

    for (const [name, colour] of [
      ['local', 'green'],
      ['staging', 'amber'],
    ] as const) {
      await editor.getByRole('button', { name: 'New environment' }).click();
      await editor.getByLabel('Environment name').fill(name);
      await editor.getByLabel('Environment colour').selectOption(colour);
      await editor.getByRole('button', { name: 'Add variable' }).click();
      await editor.getByLabel('Environment variable 1 name').fill('base');
      await editor.getByLabel('Environment variable 1 value').fill(`${server.origin}/${name}`);
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(editor.getByRole('status')).toHaveText(`Environment ${name} saved.`);
    }
    // The globals: the secret shows only as its mask, with the origin it may go to.
    await editor.getByRole('button', { name: 'Globals', exact: true }).click();
    await expect(editor.getByLabel('apiToken is set')).toBeVisible();
    await app.screenshot('workspace-environment-editor-light');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await app.screenshot('workspace-environment-editor-dark');
    await page.evaluate(() => delete document.documentElement.dataset.theme);
    await editor.getByRole('button', { name: 'Close', exact: true }).click();

    const picker = page.getByRole('combobox', { name: 'Environment', exact: true });
    await picker.selectOption('local');
    await expect(page.getByTestId('environment-picker').locator('.env-colour-green')).toBeVisible();

    const request = page.getByRole('region', { name: 'Request' });
    await request.getByLabel('URL', { exact: true }).fill('{{base}}/items');
    await request.getByRole('tab', { name: 'Headers' }).click();
    await request.getByLabel('Header name 1').fill('X-Api-Token');
    await request.getByLabel('Header value 1').fill('{{apiToken}}');

    let card = await hoverVariable(page, 'base');
    await expect(card).toContainText(`= ${server.origin}/local (from environment local)`);
    await expect(card).toContainText(`URL sent: ${server.origin}/local/items`);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('response-status')).toContainText('200');
    // The header's hover names the secret's layer and shows it masked.
    await expect(request.getByLabel('Header value 1')).toHaveAttribute(
      'title',
      `{{apiToken}} = ••••${canary.slice(-4)} (from global)`,
    );

    await picker.selectOption('staging');
    await expect(page.getByTestId('environment-picker').locator('.env-colour-amber')).toBeVisible();
    card = await hoverVariable(page, 'base');
    await expect(card).toContainText(`= ${server.origin}/staging (from environment staging)`);
    await expect(card).toContainText(`URL sent: ${server.origin}/staging/items`);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => received.length).toBe(2);
    expect(received).toEqual([
      { path: '/local/items', token: canary },
      { path: '/staging/items', token: canary },
    ]);

    // Saved with the request: the file holds the reference only.
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('list', { name: 'Saved requests' })).toContainText('GET');

    const outputs = JSON.stringify(app.ipcLog.map((record) => record.output));
    expect(outputs).toContain('apiToken');
    expect(outputs).not.toContain(canary);
    expect(await page.content()).not.toContain(canary);
    const files = await filesUnder(app.dataDir);
    expect(files.some((file) => /history[/\\]segment-/.test(file))).toBe(true);
    expect(files.some((file) => file.includes(`${path.sep}collections${path.sep}`))).toBe(true);
    for (const file of files) expect((await readFile(file)).includes(canary), file).toBe(false);
  } finally {
    await server.close();
  }
});
