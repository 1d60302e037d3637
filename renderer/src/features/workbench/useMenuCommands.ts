import { useCallback, useRef } from 'react';
import type { EventPayload } from '../../../../shared/ipc/contract';
import { useIpcEvent } from '../../ipc/hooks';
import { useWorkbench } from './WorkbenchContext';

/**
 * The application menu's workbench items (File ▸ Close Tab, New Tab, Reopen Closed Tab, Save, Import…)
 * arrive as `app.command` events and run the same actions as the keyboard shortcuts. Settings… is
 * answered by the notices (there is no settings screen).
 */
export function useMenuCommands(openImport: () => void): void {
  const workbench = useWorkbench();
  const latest = useRef({ workbench, openImport });
  latest.current = { workbench, openImport };
  const run = useCallback(({ command }: EventPayload<'app.command'>) => {
    const { workbench: current, openImport: importNow } = latest.current;
    const active = current.active;
    if (command === 'tab.new') current.newTab();
    else if (command === 'tab.reopen') current.reopen();
    else if (command === 'tab.close' && active) current.close(active.id);
    else if (command === 'request.save' && active) void current.save(active.id);
    else if (command === 'import.open') importNow();
  }, []);
  useIpcEvent('app.command', run);
}
