import { useState } from 'react';
import { defaultSettings } from '../../../shared/settings';
import type { SandboxId } from '../../../shared/providers/sandboxes';
import { useIpcQuery } from '../ipc/hooks';
import { SandboxPage } from '../features/sandbox/SandboxPage';
import { Notices } from './Notices';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { useAppliedTheme } from './theme';

export function App() {
  const settings = useIpcQuery('settings.get', {});
  const theme = useAppliedTheme(settings.data?.theme ?? defaultSettings.theme);
  const [active, setActive] = useState<SandboxId>('http');

  return (
    <div className="app" data-applied-theme={theme}>
      <Sidebar active={active} onSelect={setActive} />
      <main className="main" aria-label="Workbench">
        <SandboxPage sandboxId={active} />
      </main>
      <StatusBar theme={settings.data?.theme ?? defaultSettings.theme} />
      <Notices />
    </div>
  );
}
