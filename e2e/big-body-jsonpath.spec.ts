/**
 * A JSON body over the window's 8 MB limit: JSONPath runs in main (a worker thread) and its matches are read
 * as rows; Save body as… asks main's dialog and main copies the stored bytes, the window seeing only a name.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './harness/fixture';
import { send, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';

const ITEMS = 200_000;
const body = Buffer.from(
  JSON.stringify({
    total: ITEMS,
    items: Array.from({ length: ITEMS }, (_, id) => ({ id: 1000 + id, name: `item ${id}`, note: 'x'.repeat(40) })),
  }),
);

let server: LoopbackServer;
let saveDir: string;

test.beforeEach(async () => {
  expect(body.length).toBeGreaterThan(8 * 1024 * 1024);
  saveDir = await mkdtemp(path.join(os.tmpdir(), 'parley-save-body-'));
  server = await startLoopbackServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
    response.end(body);
  });
});

test.afterEach(async () => {
  await server.close();
  await rm(saveDir, { recursive: true, force: true });
});

test('JSONPath over a 16 MB body runs in main and shows its matches in the windowed viewer', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await send(page, `${server.origin}/items.json`);
  await expect(page.getByTestId('response-status')).toContainText('200 OK');
  await page.getByRole('tab', { name: 'Pretty' }).click();

  const filter = page.getByRole('textbox', { name: 'Filter with JSONPath' });
  await filter.fill('$.items[0].id');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const result = page.getByTestId('filter-result');
  await expect(page.getByTestId('filter-count')).toHaveText('1 match', { timeout: 60_000 });
  const rows = result.getByRole('region', { name: 'Filter result' });
  await expect(rows).toContainText('1000');
  await expect(rows).toContainText('[');

  await filter.fill('$.items[*].name');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(page.getByTestId('filter-count')).toHaveText('200,000 matches, the first 1,000 shown', {
    timeout: 60_000,
  });
  await expect(rows).toContainText('"item 0",');
  await app.screenshot('big-body-jsonpath');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await app.screenshot('big-body-jsonpath-dark');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));

  await filter.fill('$.items[');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Invalid JSONPath: "[" is never closed at position 8.');

  // The window never read the body whole: the filter and its rows came from main.
  expect(app.ipcLog.filter((record) => record.channel === 'response.body.read')).toHaveLength(0);
  expect(app.ipcLog.filter((record) => record.channel === 'response.body.jsonpath')).toHaveLength(3);
});

test('Save body as… writes a 16 MB body to the file picked in main’s dialog', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await send(page, `${server.origin}/items.json`);
  await expect(page.getByTestId('response-status')).toContainText('200 OK');

  const target = path.join(saveDir, 'kept-items.json');
  app.dialogs.script.saveFile = () => target;
  await page.getByRole('button', { name: 'Save body as…' }).click();
  await expect(page.getByText('Saved as kept-items.json')).toBeVisible();
  expect((await readFile(target)).equals(body)).toBe(true);
  expect(app.dialogs.asked.at(-1)).toMatchObject({ kind: 'saveFile', request: { defaultName: 'items.json' } });
  // No byte of the body crossed to the window for the save.
  expect(app.ipcLog.filter((record) => record.channel === 'response.body.bytes')).toHaveLength(0);
  await app.screenshot('big-body-saved');
});
