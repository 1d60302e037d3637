/**
 * A 200 MB JSON body from a loopback server: its status and first lines show while it still downloads,
 * with progress; Cancel keeps what arrived, labelled partial; the whole body is viewed in rows main serves,
 * found in by main, and copied by main to the clipboard (the harness's double) without the window holding it.
 */
import type { ServerResponse } from 'node:http';
import { expect, test } from './harness/fixture';
import { send, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';

const MB = 1024 * 1024;
const TOTAL_BYTES = 200 * MB;
/** What the server sends before it waits for the spec: more than the window would hold whole. */
const BEFORE_GATE_BYTES = 24 * MB;

const line = (id: number) => `{"id":${id},"name":"item ${id}","note":"${'x'.repeat(60)}"},\n`;

interface Written {
  readonly nextId: number;
  readonly bytes: number;
}

/** Writes whole lines from `from` while the body stays within `limit` bytes, minding backpressure. */
async function writeLines(response: ServerResponse, from: Written, limit: number): Promise<Written> {
  let { nextId, bytes } = from;
  for (;;) {
    const parts: string[] = [];
    let size = 0;
    while (size < 256 * 1024) {
      const text = line(nextId);
      if (bytes + size + text.length > limit) break;
      parts.push(text);
      size += text.length;
      nextId += 1;
    }
    if (size === 0 || response.destroyed) return { nextId, bytes };
    bytes += size;
    if (!response.write(parts.join(''))) await new Promise((resolve) => response.once('drain', resolve));
  }
}

let server: LoopbackServer;
let release: () => void;

test.beforeEach(async () => {
  const gate = new Promise<void>((resolve) => (release = resolve));
  server = await startLoopbackServer((_request, response) => {
    void (async () => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(TOTAL_BYTES) });
      response.write('[\n');
      const first = await writeLines(response, { nextId: 0, bytes: 2 }, BEFORE_GATE_BYTES);
      await gate;
      if (response.destroyed) return;
      // The rest: whole lines, then spaces and a last element to end exactly at Content-Length.
      const rest = await writeLines(response, first, TOTAL_BYTES - 3);
      response.end(`${' '.repeat(TOTAL_BYTES - 3 - rest.bytes)}{}]`);
    })();
    response.once('close', () => release());
  });
});

test.afterEach(async () => {
  release();
  await server.close();
});

test('a 200 MB body streams into view, then is viewed, searched and copied through main', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await send(page, `${server.origin}/big.json`);

  const streaming = page.getByTestId('response-streaming');
  await expect(streaming.getByTestId('streaming-status')).toContainText('200 OK');
  await expect(streaming.getByRole('region', { name: 'Body so far' })).toContainText('{"id":0,"name":"item 0"');
  await expect(streaming.getByTestId('body-progress')).toBeVisible();
  await expect(streaming.getByText(/ of 200\.0 MB$/)).toBeVisible();
  await app.screenshot('big-body-streaming');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await app.screenshot('big-body-streaming-dark');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));

  release();
  await expect(page.getByTestId('response-status')).toContainText('200.0 MB', { timeout: 120_000 });
  const rows = page.getByTestId('windowed-text');
  await expect(rows).toContainText('{"id":0,"name":"item 0"');
  await expect(page.getByText(/^Lines 1–20 of [\d,]+$/)).toBeVisible({ timeout: 30_000 });

  await page.getByRole('searchbox', { name: 'Find in Raw body' }).fill('"id":1500000,');
  await page.getByRole('button', { name: 'Find next' }).click();
  await expect(page.getByText('Line 1500002')).toBeVisible({ timeout: 30_000 });
  await expect(rows).toContainText('{"id":1500000,"name":"item 1500000"');
  await app.screenshot('big-body-found');

  const copy = page.getByRole('button', { name: 'Copy', exact: true });
  await copy.click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible({ timeout: 60_000 });
  const copied = app.main().clipboard.text ?? '';
  expect(copied.length).toBe(TOTAL_BYTES);
  expect(copied.startsWith('[\n{"id":0,')).toBe(true);
  expect(copied.endsWith(']')).toBe(true);
  // Pretty-printed in main, a page at a time.
  await page.getByRole('tab', { name: 'Pretty' }).click();
  const pretty = page.getByRole('region', { name: 'Pretty body' });
  await expect(pretty).toContainText('"id": 0,', { timeout: 60_000 });
  await expect(pretty).toContainText('"name": "item 0",');
  await app.screenshot('big-body-pretty');

  // The window never read the body whole: only rows and the preview crossed to it.
  const bodyReads = app.ipcLog.filter((record) => record.channel === 'response.body.read');
  expect(bodyReads).toHaveLength(0);
});

test('Cancel while a big body downloads keeps what arrived, labelled partial', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await send(page, `${server.origin}/big.json`);
  const streaming = page.getByTestId('response-streaming');
  await expect(streaming.getByRole('region', { name: 'Body so far' })).toContainText('{"id":0,"name":"item 0"');
  await expect(streaming.getByText(/ of 200\.0 MB$/)).toBeVisible();
  await streaming.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByTestId('response-status')).toContainText('Partial body');
  await expect(page.getByTestId('response-status')).toContainText('200 OK');
  await expect(page.getByRole('alert').filter({ hasText: /cancel/i })).toBeVisible();
  await page.getByRole('tab', { name: 'Raw' }).click();
  await expect(page.getByTestId('windowed-text')).toContainText('{"id":0,"name":"item 0"');
  await app.screenshot('big-body-cancelled');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await app.screenshot('big-body-cancelled-dark');
});
