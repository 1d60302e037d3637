/**
 * Where a page's frames spend their main-thread time, from a Chromium trace (Playwright's
 * browser.startTracing with the devtools.timeline categories): script, style, layout, paint, by frame.
 */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/** Trace event names grouped into the kinds of work a frame is made of. */
const KINDS: Readonly<Record<string, string>> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'commit',
};

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export interface FrameWork {
  readonly kind: string;
  readonly msPerFrame: number;
}

/** Main-thread milliseconds per frame by kind of work, largest first. */
export function mainThreadWork(trace: Buffer, frames: number): FrameWork[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const totals = new Map<string, number>();
  // Events nest (FireAnimationFrame → FunctionCall → Layout): a kind counts only its outermost event.
  const busyUntil = new Map<string, number>();
  const complete = events.filter(
    (e) => e.ph === 'X' && e.dur !== undefined && KINDS[e.name] !== undefined && mainThreads.has(`${e.pid}:${e.tid}`),
  );
  for (const event of complete.sort((a, b) => a.ts - b.ts)) {
    const kind = KINDS[event.name] ?? 'other';
    const key = `${event.pid}:${event.tid}:${kind}`;
    if ((busyUntil.get(key) ?? -1) > event.ts) continue;
    busyUntil.set(key, event.ts + (event.dur ?? 0));
    totals.set(kind, (totals.get(kind) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return [...totals]
    .map(([kind, ms]) => ({ kind, msPerFrame: ms / Math.max(1, frames) }))
    .sort((a, b) => b.msPerFrame - a.msPerFrame);
}
