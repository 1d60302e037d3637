import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

export type Orientation = 'side-by-side' | 'stacked';
interface Layout {
  readonly orientation: Orientation;
  /** Share of the space the request editor takes, 0.2–0.8. */
  readonly ratio: number;
}

const KEY = 'parley.layout';
const clamp = (n: number) => Math.min(0.8, Math.max(0.2, n));

function load(): Layout {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Layout> | null;
    return {
      orientation: stored?.orientation === 'stacked' ? 'stacked' : 'side-by-side',
      ratio: clamp(Number(stored?.ratio) || 0.5),
    };
  } catch {
    return { orientation: 'side-by-side', ratio: 0.5 };
  }
}

/** The editor/response split: orientation and size, dragged with the pointer or the keyboard, remembered. */
export function useSplitLayout() {
  const [layout, setLayout] = useState<Layout>(load);
  const container = useRef<HTMLDivElement | null>(null);
  useEffect(() => localStorage.setItem(KEY, JSON.stringify(layout)), [layout]);

  const startDrag = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const box = container.current?.getBoundingClientRect();
      if (!box) return;
      const target = event.currentTarget;
      target.setPointerCapture(event.pointerId);
      const move = (e: PointerEvent) => {
        const ratio =
          layout.orientation === 'side-by-side'
            ? (e.clientX - box.left) / box.width
            : (e.clientY - box.top) / box.height;
        setLayout((current) => ({ ...current, ratio: clamp(ratio) }));
      };
      const stop = () => {
        target.removeEventListener('pointermove', move);
        target.removeEventListener('pointerup', stop);
      };
      target.addEventListener('pointermove', move);
      target.addEventListener('pointerup', stop);
    },
    [layout.orientation],
  );

  return {
    layout,
    container,
    startDrag,
    nudge: (delta: number) => setLayout((current) => ({ ...current, ratio: clamp(current.ratio + delta) })),
    toggleOrientation: () =>
      setLayout((current) => ({
        ...current,
        orientation: current.orientation === 'side-by-side' ? 'stacked' : 'side-by-side',
      })),
  };
}
