import { useCallback, useState } from 'react';
import { defaultSettings } from '../../../shared/settings';
import { useIpcQuery } from '../ipc/hooks';
import { CommandPalette } from '../features/palette/CommandPalette';
import { ProfileManager } from '../features/profiles/ProfileManager';
import { SandboxHeader } from '../features/sandbox/SandboxHeader';
import { RiskDialog } from '../features/workbench/RiskDialog';
import { useMenuCommands } from '../features/workbench/useMenuCommands';
import { useShortcuts } from '../features/workbench/useShortcuts';
import { useUnsavedGuard } from '../features/workbench/useUnsavedGuard';
import { Workbench } from '../features/workbench/Workbench';
import { useWorkbench, WorkbenchProvider } from '../features/workbench/WorkbenchContext';
import { Notices } from './Notices';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { useAppliedTheme } from './theme';

export function App() {
  return (
    <WorkbenchProvider>
      <Shell />
    </WorkbenchProvider>
  );
}

function Shell() {
  const settings = useIpcQuery('settings.get', {});
  const themeSetting = settings.data?.theme ?? defaultSettings.theme;
  const theme = useAppliedTheme(themeSetting);
  const workbench = useWorkbench();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [profilesOpen, setProfilesOpen] = useState(false);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  const manageProfiles = useCallback(() => setProfilesOpen(true), []);
  useShortcuts(openPalette);
  useMenuCommands(manageProfiles);
  useUnsavedGuard();

  return (
    <div className="app" data-applied-theme={theme}>
      <Sidebar active={workbench.sandbox} onSelect={workbench.selectSandbox} />
      <main className="app-main" aria-label="Workbench">
        <SandboxHeader sandboxId={workbench.sandbox} />
        <Workbench theme={theme} onManageProfiles={manageProfiles} />
      </main>
      <StatusBar theme={themeSetting} onManageProfiles={manageProfiles} />
      <Notices />
      {paletteOpen ? <CommandPalette onClose={() => setPaletteOpen(false)} /> : null}
      {profilesOpen ? <ProfileManager providerId={workbench.sandbox} onClose={() => setProfilesOpen(false)} /> : null}
      {workbench.riskPrompt ? <RiskDialog prompt={workbench.riskPrompt} /> : null}
    </div>
  );
}
