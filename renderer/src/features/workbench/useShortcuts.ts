import { useEffect } from 'react';
import { focusIsLost, focusRequestUrl, focusResponse } from './focus-targets';
import { useWorkbenchActions } from './WorkbenchContext';

/**
 * Workbench shortcuts, in the capture phase so they work inside the code editor too:
 * Ctrl/Cmd+Enter send, Esc cancel, Ctrl/Cmd+T new tab, Ctrl/Cmd+W close, Ctrl/Cmd+Shift+T reopen,
 * Ctrl/Cmd+S save, Ctrl/Cmd+Shift+S save as (asks the name), Ctrl/Cmd+K palette, Ctrl/Cmd+L the URL field, Ctrl/Cmd+Shift+E the response
 * (Ctrl+Shift+R is the menu's force reload).
 */
export function useShortcuts(openPalette: () => void, openSaveAs: (tabId: string) => void): void {
  const workbench = useWorkbenchActions();
  useEffect(() => {
    const send = async (tabId: string) => {
      await workbench.send(tabId);
      // Sent from nowhere in particular (the palette had focus, a button went away): the response is next.
      if (focusIsLost()) focusResponse();
    };
    const cancel = async (tabId: string) => {
      await workbench.cancel(tabId);
      if (focusIsLost()) focusRequestUrl();
    };
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const active = workbench.activeTab();
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && key === 'enter' && active) void send(active.id);
      else if (key === 'escape' && active?.pendingRequestId) void cancel(active.id);
      else if (mod && event.shiftKey && key === 't') workbench.reopen();
      else if (mod && key === 't') workbench.newTab();
      else if (mod && key === 'w' && active) workbench.close(active.id);
      else if (mod && event.shiftKey && key === 's' && active) openSaveAs(active.id);
      else if (mod && key === 's' && active) void workbench.save(active.id);
      else if (mod && key === 'k') openPalette();
      else if (mod && !event.shiftKey && key === 'l' && active) focusRequestUrl();
      else if (mod && event.shiftKey && key === 'e' && active) focusResponse();
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [workbench, openPalette, openSaveAs]);
}
