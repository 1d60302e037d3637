/**
 * The window's first paint is light: the six sandboxes show from at most 300 kB of JavaScript (the entry
 * and its static imports, as the build reports them), before the app's chunk with the catalogs has arrived,
 * and a sandbox picked then is the one the app opens.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, rendererRoot, test } from './harness/fixture';

const FIRST_PAINT_LIMIT = 300_000;

interface BuildReport {
  readonly firstPaint: { readonly files: readonly string[]; readonly bytes: number };
}

test('the six sandboxes show from at most 300 kB of JavaScript, and a sandbox picked then opens', async ({ app }) => {
  const { page } = app;
  const report = JSON.parse(await readFile(path.join(rendererRoot, 'build-report.json'), 'utf8')) as BuildReport;
  expect(report.firstPaint.bytes).toBeLessThanOrEqual(FIRST_PAINT_LIMIT);

  // Every script but the first paint's is held back until the sandboxes have shown.
  const firstPaint = new Set(report.firstPaint.files.map((file) => `/${file}`));
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js$/, async (route) => {
    if (!firstPaint.has(new URL(route.request().url()).pathname)) await released;
    await route.continue();
  });
  const scriptBytes: number[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js') && firstPaint.has(new URL(response.url()).pathname))
      void response.body().then((body) => scriptBytes.push(body.length));
  });

  await page.reload();
  const sandboxes = page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button');
  await expect(sandboxes).toHaveText(
    ['Plain HTTP', 'AllProWebTools', 'wbTeamPro', 'WHMCS Client API', 'APSIS Pro', 'webCRM'].map((n) => new RegExp(n)),
  );
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toHaveText('Starting…');
  await expect.poll(() => scriptBytes.length).toBe(firstPaint.size);
  expect(scriptBytes.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThanOrEqual(FIRST_PAINT_LIMIT);

  await page.getByRole('button', { name: 'APSIS Pro' }).click();
  await expect(page.getByRole('button', { name: 'APSIS Pro' })).toHaveAttribute('aria-current', 'page');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('APSIS Pro');
  await expect(page.getByRole('list', { name: 'APSIS Pro catalog' }).locator('.catalog-item').first()).toBeVisible();
  await expect(page.getByTestId('connection')).toHaveText('Ready');
});
