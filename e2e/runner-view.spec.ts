/**
 * The runner in the app: "Run folder…" on a folder of the collection runs its saved requests in main (the
 * runner `parley run` uses), shows progress and each request's assertions as they finish, opens a result in
 * the response inspector, and saves the report where the user chooses.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness/fixture';
import { startLoopbackServer, type LoopbackServer } from './harness/loopback-server';
import { plainRequest, writeRequestFile } from '../electron/cli/run-collection-fixture';

let server: LoopbackServer;
const received: string[] = [];

test.beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    received.push(url.pathname);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ path: url.pathname, name: url.pathname === '/people/7' ? 'Ann' : 'Bob' }));
  });
});
test.afterAll(async () => server.close());

const plain = (url: string, assertions: unknown[]) => ({
  ...plainRequest(url, { captures: [], assertions }),
  profileId: null,
});

const writeRequest = async (dir: string, file: string, name: string, request: unknown) =>
  writeRequestFile(path.join(dir, file), { name, request });

test('Run folder… runs a folder with progress, shows a failing assertion, opens its response, saves the report', async ({
  app,
}) => {
  test.slow();
  const { page } = app;
  const folder = path.join(app.dataDir, 'collections', 'smoke');
  await writeRequest(
    folder,
    'a-list.yaml',
    'List people',
    plain(`${server.origin}/people`, [{ kind: 'status', op: 'is', value: 200 }]),
  );
  await writeRequest(
    folder,
    'b-person.yaml',
    'Read person 7',
    plain(`${server.origin}/people/7`, [{ kind: 'jsonpath', expression: '$.name', op: 'equals', value: 'Zoe' }]),
  );
  await writeRequest(
    path.join(app.dataDir, 'collections'),
    'outside.yaml',
    'Outside the folder',
    plain(`${server.origin}/outside`, []),
  );
  await app.reload();

  await page.getByRole('button', { name: 'Run folder smoke…' }).click();
  const runner = page.getByRole('dialog', { name: 'Run folder smoke' });
  await runner.getByLabel('Iterations').fill('2');
  await runner.getByRole('button', { name: 'Run', exact: true }).click();

  const results = runner.getByRole('list', { name: 'Run results' });
  await expect(runner.getByRole('status').filter({ hasText: 'of 4' })).toContainText('4 of 4 · 2 failed');
  await expect(runner.getByRole('progressbar', { name: 'Run progress' })).toHaveAttribute('value', '4');
  await expect(results.getByRole('listitem', { name: 'List people, iteration 2: passed' })).toBeVisible();
  const failing = results.getByRole('listitem', { name: 'Read person 7, iteration 1: failed' });
  await expect(failing).toContainText('✗ $.name equals Zoe — expected Zoe, actual Ann');
  await expect(results).not.toContainText('Outside the folder');
  expect(received).toEqual(['/people', '/people/7', '/people', '/people/7']);
  await app.screenshot('runner-view-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.screenshot('runner-view-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  const reportFile = path.join(app.dataDir, 'saved-report.xml');
  app.dialogs.script.saveFile = () => reportFile;
  await runner.getByLabel('Report').selectOption('junit');
  await runner.getByRole('button', { name: 'Save report…' }).click();
  await expect(runner.getByText('Saved the JUnit XML report.')).toBeVisible();
  const junit = await readFile(reportFile, 'utf8');
  expect(junit).toContain('[iteration 1] Read person 7 › $.name equals Zoe');

  await failing.getByRole('button', { name: 'Open' }).click();
  await expect(runner).toBeHidden();
  const response = page.getByRole('region', { name: 'Response' });
  await expect(response).toContainText('200');
  await expect(response).toContainText('Ann');
  await app.screenshot('runner-result-open');
  await page.getByRole('button', { name: 'Show run' }).click();
  await expect(runner).toBeVisible();
});
