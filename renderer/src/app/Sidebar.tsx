import { useState, type ReactNode } from 'react';
import { sandboxes, type SandboxId } from '../../../shared/providers/sandboxes';
import { SandboxNav } from './SandboxNav';
import { CatalogPanel } from '../features/catalog/CatalogPanel';
import { CollectionsPanel } from '../features/collections/CollectionsPanel';
import { HistoryPanel } from '../features/history/HistoryPanel';
import { useWorkbenchActions } from '../features/workbench/WorkbenchContext';

interface SidebarProps {
  readonly active: SandboxId;
  readonly onSelect: (id: SandboxId) => void;
  readonly collapsed: boolean;
  readonly onToggle: () => void;
}

function Section({
  title,
  children,
  initiallyOpen = true,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <section className="sidebar-section" aria-label={title}>
      <h2>
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? '▾' : '▸'} {title}
        </button>
      </h2>
      {open ? children : null}
    </section>
  );
}

export function Sidebar({ active, onSelect, collapsed, onToggle }: SidebarProps) {
  const { open } = useWorkbenchActions();
  if (collapsed)
    return (
      <aside className="sidebar sidebar-collapsed" aria-label="Sidebar">
        <button
          type="button"
          className="sidebar-toggle"
          aria-expanded={false}
          aria-label="Show sidebar"
          title="Show sidebar (Ctrl+B)"
          onClick={onToggle}
        >
          »
        </button>
      </aside>
    );
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <div className="brand">
        Parley
        <button
          type="button"
          className="sidebar-toggle"
          aria-expanded={true}
          aria-label="Hide sidebar"
          title="Hide sidebar (Ctrl+B)"
          onClick={onToggle}
        >
          «
        </button>
      </div>
      <SandboxNav sandboxes={sandboxes} active={active} onSelect={onSelect} />
      <Section title="Catalog">
        <CatalogPanel sandbox={active} />
      </Section>
      <Section title="Collections">
        <CollectionsPanel />
      </Section>
      <Section title="History">
        <HistoryPanel onOpen={(draft, title) => open({ title, draft })} />
      </Section>
    </aside>
  );
}
