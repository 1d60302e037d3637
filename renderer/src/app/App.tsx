import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { defaultSettings, type Settings } from '../../../shared/settings';
import { useIpcQuery } from '../ipc/hooks';
import { warmCodeEditorWhenIdle } from '../features/editor/LazyCodeEditor';
import { CommandPalette } from '../features/palette/CommandPalette';
import { ProfileManager } from '../features/profiles/ProfileManager';
import { SandboxHeader } from '../features/sandbox/SandboxHeader';
import { RiskDialog } from '../features/workbench/RiskDialog';
import { useMenuCommands } from '../features/workbench/useMenuCommands';
import { useShortcuts } from '../features/workbench/useShortcuts';
import { useUnsavedGuard } from '../features/workbench/useUnsavedGuard';
import { Workbench } from '../features/workbench/Workbench';
import { SettingsOpenerProvider, useSettingsShortcut, type OpenSettings } from '../features/settings/SettingsOpener';
import {
  useRiskPrompt,
  useSandbox,
  useWorkbenchActions,
  WorkbenchProvider,
} from '../features/workbench/WorkbenchContext';
import { Notices } from './Notices';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { useAppliedTheme } from './theme';

// Off the first paint: the screen is opened seldom.
const SettingsDialog = lazy(() =>
  import('../features/settings/SettingsDialog').then((module) => ({ default: module.SettingsDialog })),
);

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
  const sandbox = useSandbox();
  const riskPrompt = useRiskPrompt();
  const { selectSandbox } = useWorkbenchActions();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [profilesOpen, setProfilesOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState<{ focus?: keyof Settings } | null>(null);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  const manageProfiles = useCallback(() => setProfilesOpen(true), []);
  const openSettings = useCallback<OpenSettings>((focus) => setSettingsOpen({ focus }), []);
  useSettingsShortcut(openSettings);
  useShortcuts(openPalette);
  useMenuCommands(manageProfiles);
  useUnsavedGuard();
  useEffect(() => warmCodeEditorWhenIdle(), []);

  return (
    <SettingsOpenerProvider open={openSettings}>
      <div className="app" data-applied-theme={theme}>
        <Sidebar active={sandbox} onSelect={selectSandbox} />
        <main className="app-main" aria-label="Workbench">
          <SandboxHeader sandboxId={sandbox} />
          <Workbench theme={theme} onManageProfiles={manageProfiles} />
        </main>
        <StatusBar theme={themeSetting} onManageProfiles={manageProfiles} />
        <Notices />
        {paletteOpen ? (
          <CommandPalette
            onClose={() => setPaletteOpen(false)}
            onImport={manageProfiles}
            onManageProfiles={manageProfiles}
          />
        ) : null}
        {profilesOpen ? <ProfileManager providerId={sandbox} onClose={() => setProfilesOpen(false)} /> : null}
        {riskPrompt ? <RiskDialog prompt={riskPrompt} /> : null}
        {settingsOpen ? (
          <Suspense fallback={null}>
            <SettingsDialog focus={settingsOpen.focus} onClose={() => setSettingsOpen(null)} />
          </Suspense>
        ) : null}
      </div>
    </SettingsOpenerProvider>
  );
}
