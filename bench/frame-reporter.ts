/**
 * Chromium's own account of each frame while a real scroll gesture runs (Input.synthesizeScrollGesture, the
 * way Chromium's smoothness benchmarks scroll): the compositor's PipelineReporter says whether each frame
 * was presented whole, presented with main-thread content missing (partial), or dropped.
 */
import type { Browser, Page } from '@playwright/test';

export const FRAME_CATEGORIES = ['cc', 'benchmark', 'disabled-by-default-devtools.timeline.frame'];

interface ReporterEvent {
  readonly name: string;
  readonly ph: string;
  readonly args?: {
    readonly frame_reporter?: {
      readonly state?: string;
      readonly scroll_state?: string;
      readonly checkerboarded_needs_raster?: boolean;
      readonly checkerboarded_needs_record?: boolean;
      readonly has_missing_content?: boolean;
    };
  };
}

export interface GestureFrames {
  readonly presented: number;
  readonly partial: number;
  readonly dropped: number;
  /** Frames that showed part of the page blank because it was not yet painted or rasterised. */
  readonly checkerboarded: number;
  readonly seconds: number;
}

/** Scrolls the element under (x, y) down by `distance` px at `speed` px/s with a real wheel gesture, traced. */
export async function scrollGestureFrames(
  browser: Browser,
  page: Page,
  at: { x: number; y: number },
  distance: number,
  speed: number,
): Promise<GestureFrames> {
  const cdp = await page.context().newCDPSession(page);
  await browser.startTracing(page, { categories: FRAME_CATEGORIES });
  const started = Date.now();
  await cdp.send('Input.synthesizeScrollGesture', {
    x: at.x,
    y: at.y,
    yDistance: -distance,
    speed,
    gestureSourceType: 'mouse',
    preventFling: true,
  });
  const seconds = (Date.now() - started) / 1000;
  const trace = await browser.stopTracing();
  await cdp.detach();
  const counts = { presented: 0, partial: 0, dropped: 0, checkerboarded: 0 };
  for (const event of (JSON.parse(trace.toString('utf8')) as { traceEvents: ReporterEvent[] }).traceEvents) {
    const reporter = event.name === 'PipelineReporter' && event.ph === 'b' ? event.args?.frame_reporter : undefined;
    if (!reporter || reporter.scroll_state === 'SCROLL_NONE') continue;
    if (reporter.checkerboarded_needs_raster || reporter.checkerboarded_needs_record || reporter.has_missing_content)
      counts.checkerboarded += 1;
    if (reporter.state === 'STATE_PRESENTED_ALL') counts.presented += 1;
    else if (reporter.state === 'STATE_PRESENTED_PARTIAL') counts.partial += 1;
    else if (reporter.state === 'STATE_DROPPED') counts.dropped += 1;
  }
  return { ...counts, seconds };
}

export interface Gesture {
  readonly label: string;
  readonly distance: number;
  readonly speed: number;
}

/** A mouse wheel at three rows a frame, and a fling that crosses 130,000 px (most of 5,000 rows) in under 5 s. */
export const GESTURES: readonly Gesture[] = [
  { label: 'wheel gesture (5,040 px/s)', distance: 25_200, speed: 5_040 },
  { label: 'fling gesture (28,020 px/s)', distance: 130_000, speed: 28_020 },
];

/** Each gesture from the top of the page's [data-bench-scroller], with the pointer over it. */
export async function measureGestures(
  browser: Browser,
  page: Page,
): Promise<{ gesture: Gesture; frames: GestureFrames }[]> {
  const scroller = page.locator('[data-bench-scroller]');
  const box = await scroller.boundingBox();
  const at = {
    x: (box?.x ?? 0) + Math.min(200, (box?.width ?? 0) / 2),
    y: (box?.y ?? 0) + Math.min(200, (box?.height ?? 0) / 2),
  };
  const results: { gesture: Gesture; frames: GestureFrames }[] = [];
  for (const gesture of GESTURES) {
    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
    results.push({ gesture, frames: await scrollGestureFrames(browser, page, at, gesture.distance, gesture.speed) });
  }
  return results;
}
