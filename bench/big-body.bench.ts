/**
 * Big bodies in the real app (harness main process in this process, headless Chromium): 10, 100 and
 * 200 MB JSON bodies from a loopback server. Per size: Send click → status and headers shown, → first body
 * line visible, → response complete (its status line), the renderer's JS heap peak (CDP, sampled), and main's
 * heap growth (this process, sampled). curl's first byte and whole download are the floor.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { createEventOutbox } from '../electron/ipc/event-outbox';
import { bridgeInitScript } from '../e2e/harness/bridge-script';
import { startMainProcess } from '../e2e/harness/main-process';
import { serveDirectory } from '../e2e/harness/static-server';
import type { Bench, BenchRow } from './types';

const run = promisify(execFile);
const MB = 1024 * 1024;
const SIZES = [10, 100, 200] as const;

/** In the page: when Send was clicked, and when each milestone first showed (a MutationObserver). */
const milestonesScript = `(() => {
  const marks = (window.__parleyBigBody = { send: 0, headers: 0, firstLine: 0, complete: 0 });
  window.__parleyBigBodyReset = () => Object.assign(marks, { send: 0, headers: 0, firstLine: 0, complete: 0 });
  addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button')?.textContent === 'Send') marks.send = performance.now();
  }, true);
  const check = () => {
    if (!marks.send) return;
    const now = performance.now();
    if (!marks.headers && document.querySelector('[data-testid=streaming-status], [data-testid=response-status]')) marks.headers = now;
    if (!marks.firstLine) {
      for (const region of document.querySelectorAll('[data-testid=virtual-text], [data-testid=windowed-text]'))
        if (region.textContent.includes('{"id":0,')) marks.firstLine = now;
    }
    if (!marks.complete && document.querySelector('[data-testid=response-status]')) marks.complete = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

interface Marks {
  readonly send: number;
  readonly headers: number;
  readonly firstLine: number;
  readonly complete: number;
}

function linesOfSize(bytes: number): Buffer {
  const parts: string[] = ['[\n'];
  let size = 2;
  for (let id = 0; size < bytes - 200; id += 1) {
    const line = `{"id":${id},"name":"item ${id}","note":"${'x'.repeat(60)}"},\n`;
    parts.push(line);
    size += line.length;
  }
  parts.push(`${' '.repeat(Math.max(0, bytes - size - 3))}{}]`);
  return Buffer.from(parts.join(''));
}

async function curlFloor(url: string): Promise<{ firstByte: number; total: number } | null> {
  try {
    const { stdout } = await run('curl', ['-s', '-o', '/dev/null', '-w', '%{time_starttransfer} %{time_total}', url]);
    const [firstByte, total] = stdout.trim().split(' ').map(Number);
    return { firstByte: (firstByte ?? 0) * 1000, total: (total ?? 0) * 1000 };
  } catch {
    return null;
  }
}

async function measureSize(browser: Browser, rendererDir: string, url: string) {
  const site = await serveDirectory(rendererDir);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-bench-big-'));
  const outbox = createEventOutbox();
  const main = startMainProcess(dataDir, site.origin, outbox.emit);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.exposeBinding('__parleyInvoke', (source, channel: string, input: unknown) =>
      main.router.dispatch(channel, input, { senderUrl: source.frame.url() }),
    );
    await page.addInitScript({ content: await bridgeInitScript() });
    await page.addInitScript({ content: milestonesScript });
    await page.goto(`${site.origin}/index.html`);
    outbox.attach((name, payload) => {
      void page
        .evaluate(
          ([n, p]) => (window as unknown as { __parleyDeliver(n: string, p: unknown): void }).__parleyDeliver(n, p),
          [name, payload] as const,
        )
        .catch(() => undefined);
    });
    await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'Plain HTTP' }).click();
    await page.getByRole('region', { name: 'Request' }).getByLabel('URL', { exact: true }).fill(url);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const mainBefore = process.memoryUsage().heapUsed;
    let mainPeak = mainBefore;
    let rendererPeak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        mainPeak = Math.max(mainPeak, process.memoryUsage().heapUsed);
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
        rendererPeak = Math.max(rendererPeak, used);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByTestId('response-status').waitFor({ timeout: 300_000 });
    // The complete view's first rows too (a windowed body asks main for them).
    await page.waitForFunction(
      () => (window as unknown as { __parleyBigBody: Marks }).__parleyBigBody.firstLine > 0,
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(1000);
    sampling = false;
    await sampler;
    const marks = await page.evaluate(() => (window as unknown as { __parleyBigBody: Marks }).__parleyBigBody);
    return { marks, rendererPeak, mainGrowth: mainPeak - mainBefore };
  } finally {
    await page.close();
    await main.services.dispose();
    await site.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const bench: Bench = {
  name: 'big-body',
  async run() {
    const rendererDir = path.resolve(process.env.PARLEY_RENDERER_DIR ?? 'dist/renderer');
    if (!existsSync(path.join(rendererDir, 'index.html')))
      throw new Error('Build the renderer first: npm run build:renderer');
    const bodies = new Map<string, Buffer>(SIZES.map((size) => [`/${size}mb.json`, linesOfSize(size * MB)]));
    const server = http.createServer((request, response) => {
      const body = bodies.get(request.url ?? '');
      if (!body) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
    const rows: BenchRow[] = [];
    const notes: string[] = [
      `Load average at start: ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(' / ')}.`,
    ];
    try {
      for (const size of SIZES) {
        const url = `${origin}/${size}mb.json`;
        const floor = await curlFloor(url);
        const { marks, rendererPeak, mainGrowth } = await measureSize(browser, rendererDir, url);
        const label = `${size} MB JSON`;
        rows.push(
          { label: `${label}: send → status and headers shown`, value: marks.headers - marks.send, unit: 'ms' },
          { label: `${label}: send → first body line visible`, value: marks.firstLine - marks.send, unit: 'ms' },
          {
            label: `${label}: status shown → first body line visible`,
            value: marks.firstLine - marks.headers,
            unit: 'ms',
            note: 'goal: within 100 ms of the first byte',
          },
          { label: `${label}: send → complete`, value: marks.complete - marks.send, unit: 'ms' },
          {
            label: `${label}: renderer JS heap peak`,
            value: rendererPeak / MB,
            unit: 'MB',
            note: 'goal ≤ 64 MB for any size',
          },
          { label: `${label}: main heap growth (peak)`, value: mainGrowth / MB, unit: 'MB' },
        );
        if (floor) {
          rows.push(
            { label: `${label}: curl first byte (floor)`, value: floor.firstByte, unit: 'ms' },
            { label: `${label}: curl whole download (floor)`, value: floor.total, unit: 'ms' },
          );
        } else notes.push('curl is not installed: the floor rows are missing.');
      }
      notes.push(
        `Load average at end: ${os
          .loadavg()
          .map((load) => load.toFixed(1))
          .join(' / ')}.`,
      );
    } finally {
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    return { name: 'big-body', title: 'Big bodies in the app (loopback, headless Chromium)', rows, notes };
  },
};

export default bench;
