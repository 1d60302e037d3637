import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { SandboxId } from '../../../shared/providers/sandboxes';
import { defaultSettings, type Settings } from '../../../shared/settings';
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
import { FormatClientProvider } from '../features/response/FormatClientContext';
import { SettingsOpenerProvider, useSettingsShortcut, type OpenSettings } from '../features/settings/SettingsOpener';
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
import { SIDEBAR_MAX, SIDEBAR_MIN, useSidebarLayout } from './useSidebarLayout';

// Off the first paint: the screen is opened seldom.
const SettingsDialog = lazy(() =>
  import('../features/settings/SettingsDialog').then((module) => ({ default: module.SettingsDialog })),
);

/** `startIn`: the sandbox picked on the first paint, before the app had loaded. */
export function App({ startIn }: { readonly startIn: SandboxId | null }) {
  return (
    <WorkbenchProvider>
      <FormatClientProvider>
        <Shell startIn={startIn} />
      </FormatClientProvider>
    </WorkbenchProvider>
  );
}

function Shell({ startIn }: { readonly startIn: SandboxId | null }) {
  const settings = useIpcQuery('settings.get', {});
  const themeSetting = settings.data?.theme ?? defaultSettings.theme;
  const theme = useAppliedTheme(themeSetting);
  const sandbox = useSandbox();
  const riskPrompt = useRiskPrompt();
  const closePrompt = useClosePrompt();
  const { selectSandbox } = useWorkbenchActions();
  useEffect(() => {
    if (startIn) selectSandbox(startIn);
  }, [startIn, selectSandbox]);
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
  const [settingsOpen, setSettingsOpen] = useState<{ focus?: keyof Settings } | null>(null);
  const openSettings = useCallback<OpenSettings>((focus) => setSettingsOpen({ focus }), []);
  useSettingsShortcut(openSettings);
  const sidebar = useSidebarLayout();
  useShortcuts(openPalette, setSaveAsTab);
  const [importOpen, setImportOpen] = useState(false);
  const openImport = useCallback(() => setImportOpen(true), []);
  useMenuCommands(openImport);
  useUnsavedGuard();
  useEffect(() => warmCodeEditorWhenIdle(), []);

  return (
    <SettingsOpenerProvider open={openSettings}>
      <div
        className="app"
        data-applied-theme={theme}
        style={{ gridTemplateColumns: sidebar.layout.collapsed ? '36px 0 1fr' : `${sidebar.layout.width}px 4px 1fr` }}
      >
        <SkipLinks />
        <Sidebar
          active={sandbox}
          onSelect={selectSandbox}
          collapsed={sidebar.layout.collapsed}
          onToggle={sidebar.toggle}
        />
        {sidebar.layout.collapsed ? null : (
          <div
            className="sidebar-splitter"
            role="separator"
            tabIndex={0}
            aria-orientation="vertical"
            aria-label="Resize sidebar"
            aria-valuenow={sidebar.layout.width}
            aria-valuemin={SIDEBAR_MIN}
            aria-valuemax={SIDEBAR_MAX}
            onPointerDown={sidebar.startDrag}
            onKeyDown={(e) => {
              if (e.key === 'ArrowLeft') sidebar.nudge(-16);
              if (e.key === 'ArrowRight') sidebar.nudge(16);
            }}
          />
        )}
        <main className="app-main" aria-label="Workbench">
          <SandboxHeader sandboxId={sandbox} />
          <Workbench theme={theme} onManageProfiles={manageProfiles} />
        </main>
        <StatusBar theme={themeSetting} onManageProfiles={manageProfiles} />
        <Notices />
        {paletteOpen ? (
          <CommandPalette onClose={closePalette} onImport={openImport} onManageProfiles={manageProfiles} />
        ) : null}
        {saveAsTab ? <SaveAsDialog tabId={saveAsTab} onClose={() => setSaveAsTab(null)} /> : null}
        {profilesOpen ? <ProfileManager providerId={sandbox} onClose={() => setProfilesOpen(false)} /> : null}
        {riskPrompt ? <RiskDialog prompt={riskPrompt} /> : null}
        {closePrompt ? <CloseTabDialog prompt={closePrompt} /> : null}
        {importOpen ? (
          <ImportDialog
            onClose={() => setImportOpen(false)}
            onManageProfiles={() => {
              setImportOpen(false);
              setProfilesOpen(true);
            }}
          />
        ) : null}
        {settingsOpen ? (
          <Suspense fallback={null}>
            <SettingsDialog focus={settingsOpen.focus} onClose={() => setSettingsOpen(null)} />
          </Suspense>
        ) : null}
      </div>
    </SettingsOpenerProvider>
  );
}
