import { useEffect } from 'react';
import { useWorkbenchActions } from './WorkbenchContext';

/**
 * Workbench shortcuts, in the capture phase so they work inside the code editor too:
 * Ctrl/Cmd+Enter send, Esc cancel, Ctrl/Cmd+T new tab, Ctrl/Cmd+W close, Ctrl/Cmd+Shift+T reopen,
 * Ctrl/Cmd+S save, Ctrl/Cmd+K palette.
 */
export function useShortcuts(openPalette: () => void): void {
  const workbench = useWorkbenchActions();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const active = workbench.activeTab();
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && key === 'enter' && active) void workbench.send(active.id);
      else if (key === 'escape' && active?.pendingRequestId) void workbench.cancel(active.id);
      else if (mod && event.shiftKey && key === 't') workbench.reopen();
      else if (mod && key === 't') workbench.newTab();
      else if (mod && key === 'w' && active) workbench.close(active.id);
      else if (mod && key === 's' && active) void workbench.save(active.id);
      else if (mod && key === 'k') openPalette();
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [workbench, openPalette]);
}
