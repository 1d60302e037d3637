import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultSettings } from '../../../shared/settings';
import { useIpcQuery } from '../ipc/hooks';
import { warmCodeEditorWhenIdle } from '../features/editor/LazyCodeEditor';
import { CommandPalette } from '../features/palette/CommandPalette';
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
import { focusIsLost, focusRequestUrl } from '../features/workbench/focus-targets';
import { SaveAsDialog } from '../features/workbench/SaveAsDialog';
import { Notices } from './Notices';
import { SkipLinks } from './SkipLinks';
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
  const [saveAsTab, setSaveAsTab] = useState<string | null>(null);
  const paletteOpener = useRef<Element | null>(null);
  const openPalette = useCallback(() => {
    paletteOpener.current = document.activeElement;
    setPaletteOpen(true);
  }, []);
  const closePalette = useCallback(() => {
    setPaletteOpen(false);
    // A pick that opened a tab has focused its URL by now; otherwise focus returns where it was.
    requestAnimationFrame(() => {
      if (!focusIsLost()) return;
      const opener = paletteOpener.current;
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
      else focusRequestUrl();
    });
  }, []);
  const manageProfiles = useCallback(() => setProfilesOpen(true), []);
  useShortcuts(openPalette, setSaveAsTab);
  useMenuCommands(manageProfiles);
  useUnsavedGuard();
  useEffect(() => warmCodeEditorWhenIdle(), []);

  return (
    <div className="app" data-applied-theme={theme}>
      <SkipLinks />
      <Sidebar active={sandbox} onSelect={selectSandbox} />
      <main className="app-main" aria-label="Workbench">
        <SandboxHeader sandboxId={sandbox} />
        <Workbench theme={theme} onManageProfiles={manageProfiles} />
      </main>
      <StatusBar theme={themeSetting} onManageProfiles={manageProfiles} />
      <Notices />
      {paletteOpen ? <CommandPalette onClose={closePalette} /> : null}
      {saveAsTab ? <SaveAsDialog tabId={saveAsTab} onClose={() => setSaveAsTab(null)} /> : null}
      {profilesOpen ? <ProfileManager providerId={sandbox} onClose={() => setProfilesOpen(false)} /> : null}
      {riskPrompt ? <RiskDialog prompt={riskPrompt} /> : null}
      {closePrompt ? <CloseTabDialog prompt={closePrompt} /> : null}
    </div>
  );
}
