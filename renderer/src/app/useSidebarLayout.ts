import { useCallback, useEffect, useState, type PointerEvent as ReactPointerEvent } from 'react';

interface SidebarLayout {
  readonly width: number;
  readonly collapsed: boolean;
}

const KEY = 'parley.sidebar';
export const SIDEBAR_MIN = 200;
export const SIDEBAR_MAX = 560;
const clamp = (n: number) => Math.round(Math.min(SIDEBAR_MAX, Math.max(SIDEBAR_MIN, n)));

/** The layout last remembered, read synchronously: the first paint draws the sidebar at its width at once. */
export function storedSidebarLayout(): SidebarLayout {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<SidebarLayout> | null;
    return { width: clamp(Number(stored?.width) || 272), collapsed: stored?.collapsed === true };
  } catch {
    return { width: 272, collapsed: false };
  }
}

/** The sidebar's width (dragged or nudged with the arrow keys) and whether it is collapsed, remembered. */
export function useSidebarLayout() {
  const [layout, setLayout] = useState<SidebarLayout>(storedSidebarLayout);
  useEffect(() => localStorage.setItem(KEY, JSON.stringify(layout)), [layout]);

  const startDrag = useCallback((event: ReactPointerEvent<HTMLElement>) => {
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => setLayout((current) => ({ ...current, width: clamp(e.clientX) }));
    const stop = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', stop);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', stop);
  }, []);

  const toggle = useCallback(() => setLayout((current) => ({ ...current, collapsed: !current.collapsed })), []);

  // Ctrl/Cmd+B shows or hides the sidebar, as in most editors.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'b') return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [toggle]);

  return {
    layout,
    startDrag,
    toggle,
    nudge: (delta: number) => setLayout((current) => ({ ...current, width: clamp(current.width + delta) })),
  };
}
