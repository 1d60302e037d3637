import { useCallback, useRef } from 'react';
import type { EventPayload } from '../../../../shared/ipc/contract';
import { useIpcEvent } from '../../ipc/hooks';
import { useWorkbenchActions } from './WorkbenchContext';

/**
 * The application menu's workbench items (File ▸ Close Tab, New Tab, Reopen Closed Tab, Save, Import…)
 * arrive as `app.command` events and run the same actions as the keyboard shortcuts. Settings… is
 * answered by the notices (there is no settings screen).
 */
export function useMenuCommands(openImport: () => void): void {
  const workbench = useWorkbenchActions();
  const importRef = useRef(openImport);
  importRef.current = openImport;
  const run = useCallback(
    ({ command }: EventPayload<'app.command'>) => {
      const active = workbench.activeTab();
      if (command === 'tab.new') workbench.newTab();
      else if (command === 'tab.reopen') workbench.reopen();
      else if (command === 'tab.close' && active) workbench.close(active.id);
      else if (command === 'request.save' && active) void workbench.save(active.id);
      else if (command === 'import.open') importRef.current();
      else if (command === 'tabs.saveAllAndClose') void workbench.saveAll().then((saved) => saved && window.close());
    },
    [workbench],
  );
  useIpcEvent('app.command', run);
}
