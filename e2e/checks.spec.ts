/**
 * Captures and assertions in the app: edited in the request's Checks tab, evaluated by main after the
 * send, shown in the response pane, and saved with the request (so `parley run` runs the same checks).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { test, expect } from './harness/fixture';
import { send, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';

let server: LoopbackServer;

test.beforeAll(async () => {
  server = await startLoopbackServer((_request, response) => {
    response.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'req-77' });
    response.end(JSON.stringify({ data: { id: 812, name: 'Ann' } }));
  });
});
test.afterAll(async () => server.close());

test('a capture and two assertions show their results after a send and are saved with the request', async ({ app }) => {
  test.slow();
  const { page } = app;
  await page.getByRole('button', { name: /New request/ }).click();
  const request = page.getByRole('region', { name: 'Request' });
  await request.getByRole('tab', { name: 'Checks' }).click();

  await request.getByRole('button', { name: 'Add capture' }).click();
  await request.getByLabel('Variable name').fill('subscriberId');
  await request.getByLabel('Capture expression').fill('$.data.id');

  await request.getByRole('button', { name: 'Add assertion' }).click();
  await request.getByLabel('Status', { exact: true }).fill('201');
  await request.getByRole('button', { name: 'Add assertion' }).click();
  await request.getByLabel('Assertion kind').nth(1).selectOption('jsonpath');
  await request.getByLabel('JSONPath expression').fill('$.data.name');
  await request.getByLabel('Comparison').selectOption('equals');
  await request.getByLabel('Expected value').fill('Bob');

  await send(page, `${server.origin}/subscribers`, { awaitResponse: true });
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByText('captured subscriberId = 812')).toBeVisible();
  await expect(checks.getByText('1 of 2 assertions failed')).toBeVisible();
  await expect(checks.getByText(/\$\.data\.name equals Bob — expected Bob, actual Ann/)).toBeVisible();
  await expect(checks.getByText('status is 201')).toBeVisible();
  await app.screenshot('checks-results');

  await page.keyboard.press('Control+s');
  const folder = path.join(app.dataDir, 'collections');
  await expect.poll(async () => (await readdir(folder).catch(() => [])).length).toBeGreaterThan(0);
  const [file] = await readdir(folder);
  const saved = YAML.parse(await readFile(path.join(folder, file!), 'utf8')) as {
    request: { checks: { captures: unknown[]; assertions: unknown[] } };
  };
  expect(saved.request.checks.captures).toEqual([
    { variable: 'subscriberId', from: 'jsonpath', expression: '$.data.id', toEnvironment: false },
  ]);
  expect(saved.request.checks.assertions).toEqual([
    { kind: 'status', op: 'is', value: 201 },
    { kind: 'jsonpath', expression: '$.data.name', op: 'equals', value: 'Bob' },
  ]);
});
