import { test, expect } from './harness/fixture';

test('the workbench shows the six sandboxes, talks to main, and switches theme', async ({ app }) => {
  const { page } = app;
  const sandboxes = page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button');
  await expect(sandboxes).toHaveText(
    ['Plain HTTP', 'AllProWebTools', 'wbTeamPro', 'WHMCS Client API', 'APSIS Pro', 'webCRM'].map((n) => new RegExp(n)),
  );

  // app.info went through the real router: the status bar shows the version from package.json.
  await expect(page.getByTestId('app-version')).toHaveText(/^Parley \d+\.\d+\.\d+$/);
  await expect(page.getByTestId('connection')).toHaveText('Ready');
  const info = app.ipcLog.find((record) => record.channel === 'app.info');
  expect(info?.output).toMatchObject({ ok: true, value: { paths: { data: app.dataDir } } });

  await page.getByRole('button', { name: 'webCRM' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('webCRM');

  // Theme: system → light → dark, persisted in main's settings.
  const html = page.locator('html');
  await page.getByRole('button', { name: /Theme: system/ }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await app.screenshot('shell-light');
  await page.getByRole('button', { name: /Theme: light/ }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await app.screenshot('shell-dark');

  await app.restart();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(app.consoleLog.filter((line) => line.startsWith('error') || line.startsWith('pageerror'))).toEqual([]);
});

test('Monaco is not part of the first paint; it is warmed while idle, and an editor opens with it', async ({ app }) => {
  const { page, server } = app;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plain HTTP');
  const report = (await (await page.request.get(`${server.origin}/build-report.json`)).json()) as {
    firstPaint: { files: string[] };
  };
  expect(report.firstPaint.files.filter((file) => /CodeEditor|editor\.api|jsonMode/.test(file))).toEqual([]);
  await page.keyboard.press('Control+t');
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeVisible();
  // No editor on screen, yet Monaco arrives once the window is idle, so the first editor opens at once.
  await expect.poll(() => server.requested.some((p) => /CodeEditor/.test(p)), { timeout: 30_000 }).toBe(true);
  await expect(page.locator('.monaco-editor')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Body' }).click();
  await page.getByLabel('Body').selectOption('json');
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.insertText('{"typed": true}');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('"typed": true');
});

test('every key typed at full speed into a body editor stays, and the draft keeps it across tabs', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+t');
  await page.getByRole('tab', { name: 'Body' }).click();
  await page.getByLabel('Body').selectOption('text');
  const lines = page.locator('.monaco-editor .view-lines');
  await lines.click();
  // Key by key with no pause: each key re-renders the request; a stale value written back would drop keys.
  const typed = 'The quick brown fox jumps over the lazy dog 0123456789 again and again';
  await page.keyboard.type(typed);
  await expect(lines).toHaveText(typed);
  await page.getByRole('tab', { name: 'Headers' }).click();
  await page.getByRole('tab', { name: 'Body' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toHaveText(typed);
});

test('a frame that is not the app is refused by the router', async ({ app }) => {
  const result = await app.main().router.dispatch('app.info', {}, { senderUrl: 'https://evil.example/' });
  expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  const fromPage = await app.page.evaluate(() => window.parley.invoke('no.such.channel', {}));
  expect(fromPage).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
});
