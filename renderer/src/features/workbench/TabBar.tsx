import { memo } from 'react';
import { SandboxBadge } from '../../app/SandboxBadge';
import { sandboxById } from '../../../../shared/providers/sandboxes';
import { isDirty } from './tabs';
import { onTabListKeyDown, rovingTab } from './tab-list-keys';
import { shallowEqual, useTabSelector, useWorkbenchActions, useWorkbenchSelector } from './WorkbenchContext';

export function TabBar() {
  const { newTab } = useWorkbenchActions();
  const ids = useWorkbenchSelector((state) => state.tabs.tabs.map((tab) => tab.id), shallowEqual);
  return (
    <div className="tab-bar">
      <div role="tablist" aria-label="Open requests" className="tab-list" onKeyDown={onTabListKeyDown}>
        {ids.map((id) => (
          <TabItem key={id} id={id} />
        ))}
      </div>
      <button
        type="button"
        className="tab-new"
        aria-label="New request (Ctrl+T)"
        title="New request (Ctrl+T)"
        onClick={() => newTab()}
      >
        +
      </button>
    </div>
  );
}

/** One tab's title, badge, dirty dot and spinner: re-renders when one of those changes, not on every edit. */
const TabItem = memo(function TabItem({ id }: { readonly id: string }) {
  const { activate, close } = useWorkbenchActions();
  const active = useWorkbenchSelector((state) => state.tabs.activeId === id);
  const tab = useTabSelector(
    id,
    (t) => ({ title: t.title, sandbox: t.draft.sandbox, dirty: isDirty(t), sending: t.pendingRequestId !== null }),
    shallowEqual,
  );
  if (!tab) return null;
  const sandbox = sandboxById(tab.sandbox);
  return (
    <div className={active ? 'tab active' : 'tab'}>
      <button
        type="button"
        role="tab"
        aria-selected={active}
        {...rovingTab(active)}
        className="tab-title"
        onClick={() => activate(id)}
        onAuxClick={(event) => event.button === 1 && close(id)}
        title={`${sandbox.name}: ${tab.title}${tab.dirty ? ' (unsaved changes)' : ''}`}
      >
        <SandboxBadge info={sandbox} />
        <span className="tab-name">{tab.title}</span>
        {tab.dirty ? (
          <span className="dirty" aria-label="unsaved changes">
            ●
          </span>
        ) : null}
        {tab.sending ? <span className="spinner" aria-label="sending" /> : null}
      </button>
      <button type="button" className="tab-close" aria-label={`Close ${tab.title}`} onClick={() => close(id)}>
        ×
      </button>
    </div>
  );
});
