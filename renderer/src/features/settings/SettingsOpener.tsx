/**
 * Who may open the settings screen: the shell provides `open`, and anything below it (a transport error's
 * hint, the palette) asks for it, naming the setting to focus.
 */
import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import type { EventPayload } from '../../../../shared/ipc/contract';
import type { Settings } from '../../../../shared/settings';
import { useIpcEvent } from '../../ipc/hooks';

export type OpenSettings = (focus?: keyof Settings) => void;

const noop: OpenSettings = () => undefined;
const SettingsOpenerContext = createContext<OpenSettings>(noop);

export function SettingsOpenerProvider({
  open,
  children,
}: {
  readonly open: OpenSettings;
  readonly children: ReactNode;
}) {
  return <SettingsOpenerContext.Provider value={open}>{children}</SettingsOpenerContext.Provider>;
}

export function useOpenSettings(): OpenSettings {
  return useContext(SettingsOpenerContext);
}

/** Ctrl/Cmd+, and the application menu's Settings… open the settings, as in most desktop apps. */
export function useSettingsShortcut(open: OpenSettings): void {
  const onCommand = useCallback(
    ({ command }: EventPayload<'app.command'>) => {
      if (command === 'settings.open') open();
    },
    [open],
  );
  useIpcEvent('app.command', onCommand);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key !== ',') return;
      event.preventDefault();
      event.stopPropagation();
      open();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);
}
