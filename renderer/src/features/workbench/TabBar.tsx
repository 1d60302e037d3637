import { SandboxBadge } from '../../app/SandboxBadge';
import { sandboxById } from '../../../../shared/providers/sandboxes';
import { isDirty } from './tabs';
import { useWorkbench } from './WorkbenchContext';

export function TabBar() {
  const { state, activate, close, newTab } = useWorkbench();
  return (
    <div className="tab-bar">
      <div role="tablist" aria-label="Open requests" className="tab-list">
        {state.tabs.map((tab) => {
          const dirty = isDirty(tab);
          return (
            <div key={tab.id} className={tab.id === state.activeId ? 'tab active' : 'tab'}>
              <button
                type="button"
                role="tab"
                aria-selected={tab.id === state.activeId}
                className="tab-title"
                onClick={() => activate(tab.id)}
                onAuxClick={(event) => event.button === 1 && close(tab.id)}
                title={`${sandboxById(tab.draft.sandbox).name}: ${tab.title}${dirty ? ' (unsaved changes)' : ''}`}
              >
                <SandboxBadge info={sandboxById(tab.draft.sandbox)} />
                <span className="tab-name">{tab.title}</span>
                {dirty ? (
                  <span className="dirty" aria-label="unsaved changes">
                    ●
                  </span>
                ) : null}
                {tab.pendingRequestId ? <span className="spinner" aria-label="sending" /> : null}
              </button>
              <button
                type="button"
                className="tab-close"
                aria-label={`Close ${tab.title}`}
                onClick={() => close(tab.id)}
              >
                ×
              </button>
            </div>
          );
        })}
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
