import { useCallback, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { SessionLayout } from '../../../../shared/ipc/channels/session';
import { useWorkbenchActions, useWorkbenchSelector } from './WorkbenchContext';

export type Orientation = SessionLayout['orientation'];
type Layout = SessionLayout;

const clamp = (n: number) => Math.min(0.8, Math.max(0.2, n));

/**
 * The editor/response split: orientation and size, dragged with the pointer or the keyboard. It is part of
 * the workbench state, so the session brings it back.
 */
export function useSplitLayout() {
  const layout = useWorkbenchSelector((state) => state.layout);
  const workbench = useWorkbenchActions();
  const setLayout = useCallback(
    (change: (current: Layout) => Layout) => workbench.setLayout(change(workbench.getState().layout)),
    [workbench],
  );
  const container = useRef<HTMLDivElement | null>(null);

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
    [layout.orientation, setLayout],
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
