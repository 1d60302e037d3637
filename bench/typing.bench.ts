/**
 * Typing: 50 characters into the Plain HTTP URL field with 1 and 10 tabs open, in the real app (harness
 * main process, headless Chromium). Per key: React commits and component renders (counted through the
 * DevTools hook, e2e/harness/render-counter.ts), and keydown → next frame. A bare <input> is the floor.
 * Set PARLEY_BASELINE_RENDERER_DIR to another build (e.g. the commit before a change) to measure it in
 * the same run.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { bridgeInitScript } from '../e2e/harness/bridge-script';
import { startMainProcess } from '../e2e/harness/main-process';
import { nextFrame, readRenders, renderCounterScript } from '../e2e/harness/render-counter';
import { serveDirectory } from '../e2e/harness/static-server';
import type { Bench, BenchRow } from './types';

const TYPED = 'https://api.example.test/v1/items?limit=25&page=02'.slice(0, 50);
const TAB_COUNTS = [1, 10] as const;

/** keydown (the input event's own time stamp) → a task after the next animation frame, per key. */
const keyFrameScript = `(() => {
  window.__parleyKeyFrames = [];
  window.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__parleyKeyFrames.push(performance.now() - start), 0));
  }, true);
})();`;

interface Typed {
  readonly frames: number[];
  readonly commits: number;
  readonly renders: number;
  readonly top: string;
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

/** Types TYPED key by key into the focused field, a frame apart, and reads what each key cost. */
async function typeAndMeasure(page: Page): Promise<Typed> {
  await nextFrame(page);
  await page.evaluate(() => ((window as unknown as { __parleyKeyFrames: number[] }).__parleyKeyFrames = []));
  const counting = await page.evaluate(() => '__parleyRenders' in window);
  if (counting) await readRenders(page);
  for (const [index, key] of [...TYPED].entries()) {
    await page.keyboard.type(key);
    await nextFrame(page);
    // Keys land at spread phases of the frame, as a typist's do, not always just after one.
    await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), (index * 7) % 17);
  }
  const frames = await page.evaluate(() => (window as unknown as { __parleyKeyFrames: number[] }).__parleyKeyFrames);
  const counts = counting ? await readRenders(page) : { commits: 0, renders: 0, byName: {} };
  const top = Object.entries(counts.byName)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, n]) => `${name} ${(n / TYPED.length).toFixed(1)}`)
    .join(', ');
  return { frames, commits: counts.commits / TYPED.length, renders: counts.renders / TYPED.length, top };
}

async function measureBuild(browser: Browser, rendererDir: string, tabs: number): Promise<Typed> {
  const site = await serveDirectory(rendererDir);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-bench-typing-'));
  const main = startMainProcess(dataDir, site.origin, () => undefined);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.exposeBinding('__parleyInvoke', (source, channel: string, input: unknown) =>
      main.router.dispatch(channel, input, { senderUrl: source.frame.url() }),
    );
    await page.addInitScript({ content: await bridgeInitScript() });
    await page.addInitScript({ content: renderCounterScript });
    await page.addInitScript({ content: keyFrameScript });
    await page.goto(`${site.origin}/index.html`);
    await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'Plain HTTP' }).click();
    for (let i = 1; i < tabs; i += 1) await page.keyboard.press('Control+t');
    await page
      .getByRole('tablist', { name: 'Open requests' })
      .getByRole('tab')
      .nth(tabs - 1)
      .waitFor();
    await page.getByRole('textbox', { name: 'URL' }).click();
    // Settle: profile lists and the status bar answer once, before counting.
    await page.waitForTimeout(500);
    return await typeAndMeasure(page);
  } finally {
    await page.close();
    await main.services.dispose();
    await site.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function measureFloor(browser: Browser): Promise<Typed> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.setContent('<!doctype html><input aria-label="URL" style="width: 600px">');
    await page.evaluate(keyFrameScript);
    await page.getByLabel('URL').click();
    return await typeAndMeasure(page);
  } finally {
    await page.close();
  }
}

function rowsFor(label: string, typed: Typed, floorP50: number): BenchRow[] {
  const p50 = quantile(typed.frames, 0.5);
  return [
    { label: `${label}: React commits per key`, value: typed.commits, unit: 'commits' },
    { label: `${label}: component renders per key`, value: typed.renders, unit: 'renders', note: 'target ≤ 3' },
    {
      label: `${label}: keydown → next frame p50`,
      value: p50,
      unit: 'ms',
      note: `${(p50 / floorP50).toFixed(2)}× the bare input; target ≤ 1.5×`,
    },
    { label: `${label}: keydown → next frame p95`, value: quantile(typed.frames, 0.95), unit: 'ms' },
    { label: `${label}: keydown → next frame max`, value: Math.max(...typed.frames), unit: 'ms' },
  ];
}

const bench: Bench = {
  name: 'typing',
  async run() {
    const rendererDir = path.resolve(process.env.PARLEY_RENDERER_DIR ?? 'dist/renderer');
    if (!existsSync(path.join(rendererDir, 'index.html')))
      throw new Error('Build the renderer first: npm run build:renderer');
    const baselineDir = process.env.PARLEY_BASELINE_RENDERER_DIR;
    const builds: { label: string; dir: string }[] = [
      ...(baselineDir ? [{ label: 'before', dir: path.resolve(baselineDir) }] : []),
      { label: baselineDir ? 'after' : 'app', dir: rendererDir },
    ];
    const browser = await chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
    try {
      const floor = await measureFloor(browser);
      const floorP50 = quantile(floor.frames, 0.5);
      const rows: BenchRow[] = [
        { label: 'bare input: keydown → next frame p50', value: floorP50, unit: 'ms', note: 'the floor' },
        { label: 'bare input: keydown → next frame p95', value: quantile(floor.frames, 0.95), unit: 'ms' },
      ];
      const notes: string[] = [];
      for (const tabs of TAB_COUNTS) {
        for (const build of builds) {
          const typed = await measureBuild(browser, build.dir, tabs);
          const label = `${build.label}, ${tabs} tab${tabs === 1 ? '' : 's'}`;
          rows.push(...rowsFor(label, typed, floorP50));
          notes.push(`${label}: most rendered per key: ${typed.top || 'none'}.`);
        }
      }
      notes.push(
        `${TYPED.length} characters typed key by key, a frame and 0–16 ms apart (spread over the frame's phase). Renders are counted in the production build (component names are minified there).`,
        'Headless Chromium with --disable-gpu on a shared 2-core machine: compare rows of one run with each other, not with a display.',
      );
      return { name: 'typing', title: 'Typing into the URL field: renders and keydown → frame', rows, notes };
    } finally {
      await browser.close();
    }
  },
};

export default bench;
