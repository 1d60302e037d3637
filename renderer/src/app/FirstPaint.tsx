/**
 * What the window shows while the app's chunk loads: the sidebar with the six sandboxes and the status
 * bar, drawn from React and the providers' sidebar entries alone (no catalog, no zod, no query client). A
 * sandbox clicked meanwhile is marked here and opened by the app as soon as it is there.
 */
import { sandboxes } from '../../../shared/providers/sandbox-list';
import type { SandboxId } from '../../../shared/providers/sandboxes';
import { SandboxNav } from './SandboxNav';
import { useAppliedTheme } from './theme';
import { storedSidebarLayout } from './useSidebarLayout';

export function FirstPaint({
  picked,
  onPick,
}: {
  readonly picked: SandboxId | null;
  readonly onPick: (id: SandboxId) => void;
}) {
  // The app starts on the OS theme too until it has read the settings, so nothing flips when it takes over.
  const theme = useAppliedTheme('system');
  const layout = storedSidebarLayout();
  return (
    <div
      className="app"
      data-applied-theme={theme}
      aria-busy="true"
      style={{ gridTemplateColumns: layout.collapsed ? '36px 0 1fr' : `${layout.width}px 4px 1fr` }}
    >
      {layout.collapsed ? (
        <aside className="sidebar sidebar-collapsed" aria-label="Sidebar" />
      ) : (
        <aside className="sidebar" aria-label="Sidebar">
          <div className="brand">Parley</div>
          <SandboxNav sandboxes={sandboxes} active={picked} onSelect={onPick} />
        </aside>
      )}
      <div className="sidebar-splitter" aria-hidden="true" />
      <main className="app-main" aria-label="Workbench" />
      <footer className="status-bar" aria-label="Status">
        <span className="status-item">Starting…</span>
      </footer>
    </div>
  );
}
