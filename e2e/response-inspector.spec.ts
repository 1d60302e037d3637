/**
 * The response inspector against real loopback servers, through the real main process: a small JSON
 * response in Pretty with a JSONPath filter, a 30 MB JSON response whose first lines show at once while
 * the window keeps answering, XML with XPath, a classified transport error with its hint, and binary
 * bodies saved byte for byte.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import { send, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';
import { rgbPng, type Rgb } from './harness/png';

let server: LoopbackServer;
let origin: string;
const bigItems = 200_000;

/** A 4×4 red and white checkerboard, pixels stored uncompressed so 0x00 and 0xFF sit in it as they are. */
const png = rgbPng(
  Array.from({ length: 4 }, (_, y) =>
    Array.from({ length: 4 }, (_, x): Rgb => ((x + y) % 2 ? [0xff, 0x00, 0x00] : [0xff, 0xff, 0xff])),
  ),
  { stored: true },
);
// 9 MB of random bytes: past the 1 MB file threshold, so main keeps it on disk and Save reads three ranges.
const archive = randomBytes(9 * 1024 * 1024 + 123);

test.beforeAll(async () => {
  // One 30 MB JSON body, built once: ~150 bytes per item.
  const big = JSON.stringify({
    items: Array.from({ length: bigItems }, (_, i) => ({ id: i, name: `item ${i}`, note: 'x'.repeat(100) })),
    last: 'THE-END',
  });
  server = await startLoopbackServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/small.json') {
      response.writeHead(200, {
        'content-type': 'application/json',
        'set-cookie': 'session=abc; Path=/; HttpOnly',
        'x-trace': 't-1',
      });
      response.end(
        JSON.stringify({
          customers: [
            { id: 1, name: 'Ada' },
            { id: 2, name: 'Grace' },
          ],
          total: 2,
        }),
      );
    } else if (url.pathname === '/big.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(big);
    } else if (url.pathname === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.end(
        '<?xml version="1.0"?><feed><entry id="a1"><title>First</title></entry><entry id="b2"><title>Second</title></entry></feed>',
      );
    } else if (url.pathname === '/pixel') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(png);
    } else if (url.pathname === '/archive') {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(archive);
    } else if (url.pathname === '/moved') {
      response.writeHead(302, { location: '/small.json' }).end();
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('nope');
    }
  });
  origin = server.origin;
});

test.afterAll(() => server.close());

const inspector = (page: Page) => page.locator('.response-inspector');

test('a JSON response: status, Pretty with a JSONPath filter, headers, cookies, timeline', async ({ app }) => {
  const { page } = app;
  await send(page, `${origin}/moved`);
  await expect(page.getByTestId('response-status')).toContainText('200 OK');
  await expect(page.getByTestId('response-status')).toContainText('1 redirect');
  await expect(inspector(page).locator('.monaco-editor .view-lines')).toContainText('"customers": [');

  await inspector(page).getByLabel('Filter with JSONPath').fill('$.customers[*].name');
  await inspector(page).getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(page.getByTestId('filter-result')).toHaveText(JSON.stringify(['Ada', 'Grace'], null, 2));
  await app.screenshot('response-json-light');

  await inspector(page)
    .getByRole('tab', { name: /Headers/ })
    .click();
  await expect(inspector(page).getByRole('table', { name: 'Response headers' })).toContainText('x-trace');
  await inspector(page)
    .getByRole('tab', { name: /Cookies/ })
    .click();
  await expect(inspector(page).getByRole('table', { name: 'Cookies' })).toContainText('session');
  await inspector(page).getByRole('tab', { name: 'Timeline' }).click();
  await expect(inspector(page).getByRole('list', { name: 'Redirect hops' })).toContainText(
    `302 ${origin}/moved → /small.json`,
  );
  await expect(inspector(page).getByRole('table', { name: 'Timing waterfall' })).toContainText('Waiting (TTFB)');
  await page.getByRole('button', { name: /Theme: system/ }).click();
  await page.getByRole('button', { name: /Theme: light/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.screenshot('response-timeline-dark');
});

test('a 30 MB JSON response shows its first lines at once and the window keeps answering', async ({ app }) => {
  const { page } = app;
  await send(page, `${origin}/big.json`);
  const raw = page.getByRole('region', { name: 'Raw body' });
  // The first rows come from the preview slice, before the rest of the body has loaded.
  await expect(raw).toContainText('{"items":[{"id":0,"name":"item 0"');
  await expect(page.getByTestId('response-status')).toContainText('streamed to disk');
  // The window answers clicks while the body loads and is indexed.
  await inspector(page)
    .getByRole('tab', { name: /Headers/ })
    .click();
  await expect(inspector(page).getByRole('table', { name: 'Response headers' })).toContainText('content-type');
  await inspector(page).getByRole('tab', { name: 'Raw' }).click();
  await expect(inspector(page).getByRole('button', { name: 'Copy' })).toBeEnabled({ timeout: 30_000 });
  // Find reaches the very end of the body through the virtualised rows.
  await inspector(page).getByLabel('Find in Raw body').fill('THE-END');
  await inspector(page).getByRole('button', { name: 'Find next' }).click();
  await expect(raw).toContainText('"last":"THE-END"');
  await app.screenshot('response-big-raw');
  // Pretty formats in the worker and shows the virtualised, indented text.
  await inspector(page).getByRole('tab', { name: 'Pretty' }).click();
  await expect(page.getByRole('region', { name: 'Pretty body' })).toContainText('"items": [', { timeout: 30_000 });
});

test('XML with an XPath filter, and a refused port as a classified error with its hint', async ({ app }) => {
  const { page } = app;
  await send(page, `${origin}/feed.xml`);
  await expect(inspector(page).locator('.monaco-editor .view-lines')).toContainText('<entry id="a1">');
  await inspector(page).getByLabel('Filter with XPath').fill('//entry/@id');
  await inspector(page).getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(page.getByTestId('filter-result')).toHaveText('a1\nb2');

  await send(page, 'http://127.0.0.1:1/');
  const alert = inspector(page).getByRole('alert');
  await expect(alert).toContainText('refused the connection');
  await expect(alert).toContainText('Is the server running');
  await expect(alert).toHaveAttribute('data-error-kind', 'refused');
  await app.screenshot('response-error');
});

test('Save body as… writes a binary body byte for byte through main: a small PNG, and a 9 MB body kept on disk', async ({
  app,
}) => {
  const { page } = app;
  // The served PNG is not UTF-8: saving its decoded text would change it.
  expect(png.includes(0x00) && png.includes(0xff) && png.includes(0x89)).toBe(true);
  expect(Buffer.from(png.toString('utf8'), 'utf8').equals(png)).toBe(false);

  await send(page, `${origin}/pixel`);
  await expect(page.getByTestId('response-status')).toContainText('200 OK');
  // An image opens in Preview; its Raw view says it is binary.
  await expect(inspector(page).getByRole('img', { name: /Image body \(image\/png/ })).toBeVisible();
  await inspector(page).getByRole('tab', { name: 'Raw' }).click();
  await expect(inspector(page)).toContainText('Binary body (image/png). Use “Save body as…” to keep it.');
  await expect(inspector(page).getByRole('button', { name: 'Copy' })).toBeDisabled();
  await app.screenshot('response-binary');
  // Main asks where to save and copies the stored bytes; the window only learns the file's name.
  const savedPng = path.join(app.dataDir, 'saved-pixel.png');
  app.dialogs.script.saveFile = () => savedPng;
  await inspector(page).getByRole('button', { name: 'Save body as…' }).click();
  await expect(inspector(page).getByText('Saved as saved-pixel.png')).toBeVisible();
  expect(app.dialogs.asked.at(-1)).toMatchObject({ kind: 'saveFile', request: { defaultName: 'pixel.png' } });
  const saved = await readFile(savedPng);
  expect(saved.length).toBe(png.length);
  expect(saved.equals(png)).toBe(true);

  await send(page, `${origin}/archive`);
  await expect(page.getByTestId('response-status')).toContainText('streamed to disk');
  const savedArchive = path.join(app.dataDir, 'saved-archive.bin');
  app.dialogs.script.saveFile = () => savedArchive;
  await inspector(page).getByRole('button', { name: 'Save body as…' }).click();
  await expect(inspector(page).getByText('Saved as saved-archive.bin')).toBeVisible();
  expect(app.dialogs.asked.at(-1)).toMatchObject({ request: { defaultName: 'archive.bin' } });
  expect((await readFile(savedArchive)).equals(archive)).toBe(true);
  // Only the PNG's preview read bytes into the window: neither save did.
  const offsets = app.ipcLog
    .filter((call) => call.channel === 'response.body.bytes')
    .map((call) => (call.input as { offset: number }).offset);
  expect(offsets).toEqual([0]);

  // A body that is gone (its file deleted) is a clear message, not a silent nothing.
  await rm(path.join(app.dataDir, 'bodies'), { recursive: true, force: true });
  await inspector(page).getByRole('button', { name: 'Save body as…' }).click();
  await expect(inspector(page).getByRole('alert')).toHaveText(
    'Could not save the body: This response body is no longer available. Send the request again to read it.',
  );
  await app.screenshot('response-binary-save-failed');
});
