/**
 * Start: navigation → the six sandboxes shown, → a catalog item clickable (the first provider clicked as
 * soon as it shows; cold in a new browser context, warm on reload), the first click on each provider
 * (→ its catalog and request editor painted), and the first-paint JavaScript per chunk. A framework-free
 * page with the same buttons and list is the floor. PARLEY_BASELINE_RENDERER_DIR adds another build.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { bridgeInitScript } from '../e2e/harness/bridge-script';
import { startMainProcess, type HarnessMain } from '../e2e/harness/main-process';
import { serveDirectory } from '../e2e/harness/static-server';
import type { Bench, BenchRow } from './types';

const REPEATS = 3;
const PROVIDERS = [
  { id: 'apwt', name: 'AllProWebTools' },
  { id: 'wbteampro', name: 'wbTeamPro' },
  { id: 'whmcs-clientapi', name: 'WHMCS Client API' },
  { id: 'apsis', name: 'APSIS Pro' },
  { id: 'webcrm', name: 'webCRM' },
] as const;

/** Marks, from the navigation's time origin: sandboxes shown; a catalog item there and a frame painted after it. */
const marksScript = (autoClick: boolean) => `(() => {
  const marks = (window.__parleyStart = {});
  let clicked = false;
  const afterFrame = (name) => requestAnimationFrame(() => setTimeout(() => { if (!(name in marks)) marks[name] = performance.now(); }, 0));
  new MutationObserver(() => {
    const buttons = document.querySelectorAll('nav[aria-label="Sandboxes"] button');
    if (buttons.length >= 6 && !('sandboxes' in marks)) {
      marks.sandboxes = performance.now();
      if (${autoClick} && !clicked) { clicked = true; document.querySelector('nav[aria-label="Sandboxes"] [data-sandbox="apsis"]').click(); }
    }
    if (${autoClick} && document.querySelector('.catalog-item') && !marks.catalogSeen) { marks.catalogSeen = true; afterFrame('catalog'); }
  }).observe(document, { subtree: true, childList: true });
})();`;

/** Clicks a provider and resolves with the time to its catalog and request editor painted (no editor still loading). */
const firstClick = (id: string, name: string, app: boolean) => `new Promise((resolve) => {
  const start = performance.now();
  const ready = () => document.querySelector('ul[aria-label="${name} catalog"] .catalog-item') && (${!app} || (document.querySelector('[aria-label="Request"]') && !document.querySelector('.editor-loading')));
  const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  new MutationObserver((_, observer) => { if (ready()) { observer.disconnect(); done(); } }).observe(document.body, { subtree: true, childList: true });
  document.querySelector('nav[aria-label="Sandboxes"] [data-sandbox="${id}"]').click();
  if (ready()) done();
})`;

/** Six buttons and, on a click, a list of 40 endpoints, drawn by a small script: a page with no framework at all. */
const FLOOR_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title>
<script type="module" src="./floor.js"></script></head><body><main id="root"></main></body></html>`;
const FLOOR_SCRIPT = `const nav = document.createElement('nav');
nav.setAttribute('aria-label', 'Sandboxes');
const catalog = document.createElement('aside');
for (const id of ${JSON.stringify(['http', ...PROVIDERS.map((p) => p.id)])}) {
  const button = document.createElement('button');
  button.dataset.sandbox = id;
  button.textContent = id;
  button.addEventListener('click', () => {
    const list = document.createElement('ul');
    list.setAttribute('aria-label', id + ' catalog');
    for (let i = 0; i < 40; i += 1) {
      const li = document.createElement('li');
      li.innerHTML = '<button class="catalog-item">GET /items/' + i + '</button>';
      list.append(li);
    }
    catalog.replaceChildren(list);
  });
  nav.append(button);
}
document.getElementById('root').append(nav, catalog);`;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

interface StartTimes {
  readonly sandboxes: number;
  readonly catalog: number;
}

interface Samples {
  readonly cold: StartTimes[];
  readonly warm: StartTimes[];
  readonly clicks: Map<string, number[]>;
}

interface Target {
  readonly label: string;
  readonly dir: string;
  /** The app (with the harness main process behind it), or the floor page. */
  readonly app: boolean;
}

interface Served extends Target {
  readonly origin: string;
  readonly main: HarnessMain | null;
  readonly samples: Samples;
  close(): Promise<void>;
}

async function serve(target: Target): Promise<Served> {
  const site = await serveDirectory(target.dir);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-bench-start-'));
  const main = target.app ? startMainProcess(dataDir, site.origin, () => undefined) : null;
  return {
    ...target,
    origin: site.origin,
    samples: { cold: [], warm: [], clicks: new Map() },
    async close() {
      await main?.services.dispose();
      await site.close();
      await rm(dataDir, { recursive: true, force: true });
    },
    main,
  };
}

/** One round: cold load, warm reload, then a first click on each provider in a fresh page. */
async function round(browser: Browser, served: Served) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { main } = served;
  if (main) {
    await context.addInitScript({ content: await bridgeInitScript() });
    await context.exposeBinding('__parleyInvoke', (source, channel: string, input: unknown) =>
      main.router.dispatch(channel, input, { senderUrl: source.frame.url() }),
    );
  }
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: marksScript(true) });
    const read = async () => {
      await page.waitForFunction(
        () => 'catalog' in ((window as unknown as { __parleyStart: object }).__parleyStart ?? {}),
      );
      return page.evaluate(() => (window as unknown as { __parleyStart: StartTimes }).__parleyStart);
    };
    await page.goto(`${served.origin}/index.html`);
    served.samples.cold.push(await read());
    await page.reload();
    served.samples.warm.push(await read());
    const clickPage = await context.newPage();
    await clickPage.addInitScript({ content: marksScript(false) });
    await clickPage.goto(`${served.origin}/index.html`);
    await clickPage.waitForFunction(
      () => 'sandboxes' in ((window as unknown as { __parleyStart: object }).__parleyStart ?? {}),
    );
    // The sandboxes show on the first paint, before the app has loaded: a first click is timed in the app.
    await clickPage.waitForFunction(() => !document.querySelector('.app[aria-busy="true"]'));
    for (const { id, name } of PROVIDERS) {
      const ms = (await clickPage.evaluate(firstClick(id, served.app ? name : id, served.app))) as number;
      served.samples.clicks.set(name, [...(served.samples.clicks.get(name) ?? []), ms]);
    }
  } finally {
    await context.close();
  }
}

function summary({ cold, warm, clicks }: Samples) {
  return {
    cold: { sandboxes: median(cold.map((t) => t.sandboxes)), catalog: median(cold.map((t) => t.catalog)) },
    warm: { sandboxes: median(warm.map((t) => t.sandboxes)), catalog: median(warm.map((t) => t.catalog)) },
    clicks: [...clicks].map(([name, values]) => ({ name, ms: median(values) })),
  };
}

/** The first-paint chunks the build reported (scripts/first-paint-report.ts), with their sizes on disk. */
async function firstPaintChunks(dir: string): Promise<{ file: string; bytes: number }[]> {
  const report = JSON.parse(await readFile(path.join(dir, 'build-report.json'), 'utf8')) as {
    firstPaint: { files: string[] };
  };
  return Promise.all(
    report.firstPaint.files.map(async (file) => ({ file, bytes: (await stat(path.join(dir, file))).size })),
  );
}

const bench: Bench = {
  name: 'start',
  async run() {
    const rendererDir = path.resolve(process.env.PARLEY_RENDERER_DIR ?? 'dist/renderer');
    if (!existsSync(path.join(rendererDir, 'index.html')))
      throw new Error('Build the renderer first: npm run build:renderer');
    const baselineDir = process.env.PARLEY_BASELINE_RENDERER_DIR;
    const builds = [
      ...(baselineDir ? [{ label: 'before', dir: path.resolve(baselineDir) }] : []),
      { label: baselineDir ? 'after' : 'app', dir: rendererDir },
    ];
    const floorDir = await mkdtemp(path.join(os.tmpdir(), 'parley-bench-floor-'));
    await writeFile(path.join(floorDir, 'index.html'), FLOOR_PAGE);
    await writeFile(path.join(floorDir, 'floor.js'), FLOOR_SCRIPT);
    const browser = await chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
    try {
      const targets = await Promise.all(
        [{ label: 'floor', dir: floorDir, app: false }, ...builds.map((b) => ({ ...b, app: true }))].map(serve),
      );
      // Rounds interleave the builds, so a noisy moment on a shared machine hits them alike.
      try {
        for (let i = 0; i < REPEATS; i += 1) for (const target of targets) await round(browser, target);
      } finally {
        for (const target of targets) await target.close();
      }
      const [floorTarget, ...measured] = targets;
      const floor = summary(floorTarget!.samples);
      const rows: BenchRow[] = [
        {
          label: 'floor: navigation → six sandboxes',
          value: floor.cold.sandboxes,
          unit: 'ms',
          note: 'framework-free page, cold',
        },
        { label: 'floor: navigation → catalog item clickable, cold', value: floor.cold.catalog, unit: 'ms' },
        { label: 'floor: navigation → catalog item clickable, warm', value: floor.warm.catalog, unit: 'ms' },
      ];
      const notes: string[] = [];
      for (const build of measured) {
        const times = summary(build.samples);
        const chunks = await firstPaintChunks(build.dir);
        const total = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
        rows.push(
          {
            label: `${build.label}: navigation → six sandboxes, cold`,
            value: times.cold.sandboxes,
            unit: 'ms',
            note: `median of ${REPEATS}`,
          },
          { label: `${build.label}: navigation → six sandboxes, warm`, value: times.warm.sandboxes, unit: 'ms' },
          {
            label: `${build.label}: navigation → catalog item clickable, cold`,
            value: times.cold.catalog,
            unit: 'ms',
            note: `${(times.cold.catalog / floor.cold.catalog).toFixed(1)}× the floor`,
          },
          { label: `${build.label}: navigation → catalog item clickable, warm`, value: times.warm.catalog, unit: 'ms' },
          ...times.clicks.map(({ name, ms }) => ({
            label: `${build.label}: first click on ${name} → catalog and request painted`,
            value: ms,
            unit: 'ms',
          })),
          {
            label: `${build.label}: first-paint JS`,
            value: total / 1024,
            unit: 'KiB',
            note: 'target ≤ 293 KiB (300 KB)',
          },
          ...chunks.map((chunk) => ({
            label: `${build.label}: first-paint chunk ${chunk.file}`,
            value: chunk.bytes / 1024,
            unit: 'KiB',
          })),
        );
        notes.push(
          `${build.label}: first-paint JS ${(total / 1024).toFixed(0)} KiB in ${chunks.length} chunk(s); target 300 KB ${total <= 300_000 ? 'met' : `missed by ${((total - 300_000) / 1000).toFixed(0)} KB`}.`,
        );
      }
      notes.push(
        'Cold: a new browser context (empty HTTP cache); warm: a reload of it. The first provider is clicked by the page itself as soon as the sandboxes show.',
        'Headless Chromium, --disable-gpu, shared 2-core machine: compare rows of one run with each other.',
      );
      return {
        name: 'start',
        title: 'Start: first paint, catalog clickable, first click on each provider',
        rows,
        notes,
      };
    } finally {
      await browser.close();
      await rm(floorDir, { recursive: true, force: true });
    }
  },
};

export default bench;
