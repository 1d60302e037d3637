import { useCallback, useEffect, useState } from 'react';
import { defaultSettings } from '../../../shared/settings';
import { useIpcQuery } from '../ipc/hooks';
import { warmCodeEditorWhenIdle } from '../features/editor/LazyCodeEditor';
import { CommandPalette } from '../features/palette/CommandPalette';
import { ImportDialog } from '../features/import/ImportDialog';
import { ProfileManager } from '../features/profiles/ProfileManager';
import { SandboxHeader } from '../features/sandbox/SandboxHeader';
import { RiskDialog } from '../features/workbench/RiskDialog';
import { CloseTabDialog } from '../features/workbench/CloseTabDialog';
import { useMenuCommands } from '../features/workbench/useMenuCommands';
import { useShortcuts } from '../features/workbench/useShortcuts';
import { useUnsavedGuard } from '../features/workbench/useUnsavedGuard';
import { Workbench } from '../features/workbench/Workbench';
import {
  useClosePrompt,
  useRiskPrompt,
  useSandbox,
  useWorkbenchActions,
  WorkbenchProvider,
} from '../features/workbench/WorkbenchContext';
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
  const sandbox = useSandbox();
  const riskPrompt = useRiskPrompt();
  const closePrompt = useClosePrompt();
  const { selectSandbox } = useWorkbenchActions();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [profilesOpen, setProfilesOpen] = useState(false);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  const [importOpen, setImportOpen] = useState(false);
  const manageProfiles = useCallback(() => setProfilesOpen(true), []);
  const openImport = useCallback(() => setImportOpen(true), []);
  useShortcuts(openPalette);
  useMenuCommands(openImport);
  useUnsavedGuard();
  useEffect(() => warmCodeEditorWhenIdle(), []);

  return (
    <div className="app" data-applied-theme={theme}>
      <Sidebar active={sandbox} onSelect={selectSandbox} />
      <main className="app-main" aria-label="Workbench">
        <SandboxHeader sandboxId={sandbox} />
        <Workbench theme={theme} onManageProfiles={manageProfiles} />
      </main>
      <StatusBar theme={themeSetting} onManageProfiles={manageProfiles} />
      <Notices />
      {paletteOpen ? <CommandPalette onClose={() => setPaletteOpen(false)} /> : null}
      {profilesOpen ? <ProfileManager providerId={sandbox} onClose={() => setProfilesOpen(false)} /> : null}
      {riskPrompt ? <RiskDialog prompt={riskPrompt} /> : null}
      {importOpen ? (
        <ImportDialog
          onClose={() => setImportOpen(false)}
          onManageProfiles={() => {
            setImportOpen(false);
            setProfilesOpen(true);
          }}
        />
      ) : null}
      {closePrompt ? <CloseTabDialog prompt={closePrompt} /> : null}
    </div>
  );
}
