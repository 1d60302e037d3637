/** Exports through the real UI: the history as HAR from the History panel, a folder from the tree's folder menu. */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness/fixture';
import { send, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';

let server: LoopbackServer;

test.beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    response
      .writeHead(request.url?.startsWith('/missing') ? 404 : 200, { 'content-type': 'application/json' })
      .end('{"ok":true}');
  });
});
test.afterAll(() => server.close());

interface Har {
  readonly log: {
    readonly version: string;
    readonly entries: readonly { request: { method: string; url: string }; response: { status: number } }[];
  };
}

test('History ▸ Export as HAR: main writes the sent requests to the file its save dialog returns', async ({ app }) => {
  const { page } = app;
  const target = path.join(app.dataDir, 'history.har');
  app.dialogs.script.saveFile = () => target;
  await send(page, `${server.origin}/orders?page=2`, { awaitResponse: true });
  await send(page, `${server.origin}/missing/customers`, { awaitResponse: true });
  await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Export as HAR…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported 2 requests to history.har.' })).toBeVisible();
  expect(app.dialogs.asked.map((asked) => asked.kind)).toEqual(['saveFile']);
  const har = JSON.parse(await readFile(target, 'utf8')) as Har;
  expect(har.log.version).toBe('1.2');
  expect(har.log.entries.map((e) => [e.request.method, e.request.url, e.response.status])).toEqual([
    ['GET', `${server.origin}/missing/customers`, 404],
    ['GET', `${server.origin}/orders?page=2`, 200],
  ]);
  // The window got the file's name, never its folder.
  const answers = app.ipcLog.filter((record) => record.channel === 'export.history').map((r) => r.output);
  expect(JSON.stringify(answers)).not.toContain(app.dataDir);
  await app.screenshot('export-history-light');

  // With a search, only the matches go.
  await page.getByLabel('Search history').fill('orders');
  await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Export matches as HAR…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported 1 request to history.har.' })).toBeVisible();
  const matches = JSON.parse(await readFile(target, 'utf8')) as Har;
  expect(matches.log.entries.map((e) => e.request.url)).toEqual([`${server.origin}/orders?page=2`]);
  await page.getByRole('button', { name: /Theme: system/ }).click();
  await page.getByRole('button', { name: /Theme: light/ }).click();
  await app.screenshot('export-history-dark');
});

test('a folder’s ⋯ menu exports that folder alone as Postman v2.1, descriptions included, and as HAR', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const source = path.join(app.dataDir, 'shop.postman_collection.json');
  await copyFile(path.resolve('shared/import/testing/fixtures/postman-v21.json'), source);
  app.dialogs.script.openFile = () => source;
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  app.emit('app.command', { command: 'import.open' });
  const dialog = page.getByRole('dialog', { name: /Import/ });
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await dialog.getByRole('button', { name: 'Import 6 requests' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const exported = path.join(app.dataDir, 'orders.postman_collection.json');
  app.dialogs.script.saveFile = () => exported;
  const tree = page.getByRole('list', { name: 'Saved requests' });
  await tree.getByLabel('Actions for folder Shop API/Orders', { exact: true }).click();
  await app.screenshot('export-folder-menu-light');
  await tree
    .getByRole('group', { name: 'Folder Shop API/Orders actions' })
    .getByRole('button', { name: 'Export folder as Postman v2.1…' })
    .click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Exported 3 requests of Shop API/Orders to orders.postman_collection.json' }),
  ).toBeVisible();
  const asked = app.dialogs.asked.filter((a) => a.kind === 'saveFile');
  expect(asked.map((a) => a.request)).toMatchObject([{ defaultName: 'Orders.postman_collection.json' }]);

  const collection = JSON.parse(await readFile(exported, 'utf8')) as {
    info: { name: string; description?: string };
    item: { name: string; description?: string; item?: unknown[]; request?: { description?: string } }[];
  };
  expect(collection.info).toMatchObject({ name: 'Orders', description: 'Everything about orders.' });
  expect(collection.item.map((i) => i.name)).toEqual(['Refunds', 'List orders', 'Create order']);
  expect(collection.item.find((i) => i.name === 'List orders')?.request?.description).toBe(
    'Open orders, newest first. Use `limit` to page.',
  );
  const text = await readFile(exported, 'utf8');
  for (const secret of ['p@ss w0rd$', 'collection-token-7f3a9b', 'very-secret-value-42'])
    expect(text).not.toContain(secret);

  const har = path.join(app.dataDir, 'customers.har');
  app.dialogs.script.saveFile = () => har;
  await tree.getByLabel('Actions for folder Shop API/Customers', { exact: true }).click();
  await tree
    .getByRole('group', { name: 'Folder Shop API/Customers actions' })
    .getByRole('button', { name: 'Export folder as HAR…' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'of Shop API/Customers to customers.har' })).toBeVisible();
  const archive = JSON.parse(await readFile(har, 'utf8')) as Har;
  expect(archive.log.entries.map((e) => [e.request.method, e.request.url])).toEqual([
    ['POST', '{{baseUrl}}/customers/7/avatar'],
    ['GET', '{{baseUrl}}/status'],
    ['GET', '{{baseUrl}}/signed'],
  ]);
});
