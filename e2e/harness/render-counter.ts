/**
 * Counts React's commits and component renders in the page, through the hook React DevTools uses
 * (`__REACT_DEVTOOLS_GLOBAL_HOOK__`), so the production build is measured as shipped. Add the script before
 * the app loads; read and reset with `readRenders`.
 *
 * A component rendered in a commit when its fiber is new or carries React's PerformedWork flag; a subtree
 * whose child pointer is unchanged was skipped by React and is not walked (as DevTools does).
 */
import type { Page } from '@playwright/test';

export interface RenderCounts {
  readonly commits: number;
  readonly renders: number;
  /** Renders by component name (minified in a production build, so only the totals read well there). */
  readonly byName: Readonly<Record<string, number>>;
}

// A string, so the bundler's helpers never reach the page.
export const renderCounterScript = `(() => {
  const counts = { commits: 0, renders: 0, byName: {} };
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  const PERFORMED_WORK = 1;
  const nameOf = (fiber) => {
    const type = fiber.type;
    if (!type) return 'Anonymous';
    return type.displayName || type.name || (type.render && (type.render.displayName || type.render.name)) || 'Anonymous';
  };
  const walk = (root) => {
    const stack = [root];
    while (stack.length > 0) {
      const fiber = stack.pop();
      const previous = fiber.alternate;
      const rendered = previous === null || (fiber.flags & PERFORMED_WORK) !== 0;
      if (rendered && COMPONENT_TAGS.has(fiber.tag)) {
        counts.renders += 1;
        const name = nameOf(fiber);
        counts.byName[name] = (counts.byName[name] || 0) + 1;
      }
      if (previous !== null && fiber.child === previous.child) continue;
      for (let child = fiber.child; child; child = child.sibling) stack.push(child);
    }
  };
  let nextId = 1;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) { const id = nextId++; this.renderers.set(id, renderer); return id; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      counts.commits += 1;
      walk(root.current);
    },
  };
  window.__parleyRenders = {
    read() { return { commits: counts.commits, renders: counts.renders, byName: { ...counts.byName } }; },
    reset() { counts.commits = 0; counts.renders = 0; counts.byName = {}; },
  };
})();`;

interface RenderCounterGlobal {
  readonly __parleyRenders: { read(): RenderCounts; reset(): void };
}

/** The counts since the last reset, and a reset. */
export async function readRenders(page: Page, reset = true): Promise<RenderCounts> {
  return page.evaluate((again) => {
    const counter = (window as unknown as RenderCounterGlobal).__parleyRenders;
    const counts = counter.read();
    if (again) counter.reset();
    return counts;
  }, reset);
}

/** Resolves after the next frame has been produced (a rAF, then a task after it). */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(), 0))),
  );
}
