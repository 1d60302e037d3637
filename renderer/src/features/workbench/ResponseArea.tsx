import { useState } from 'react';
import { ResponseInspector } from '../response/ResponseInspector';
import { QueryResultsGrid } from '../webcrm/QueryResultsGrid';
import { WbResponseView } from '../wbteampro/WbResponseView';
import { builderFor } from './builder-for';
import { useTabSelector, useWorkbenchActions } from './WorkbenchContext';

/** The response side of a tab: the inspector, plus the provider's own view where it has one (webCRM results grid). */
export function ResponseArea({ tabId }: { readonly tabId: string }) {
  const workbench = useWorkbenchActions();
  // Selected apart, so an edit of the request (a new draft each key) does not re-render the response.
  const isQuery = useTabSelector(tabId, (tab) => builderFor(tab.draft) === 'sql');
  const sandbox = useTabSelector(tabId, (tab) => tab.draft.sandbox);
  const outcome = useTabSelector(tabId, (tab) => tab.outcome) ?? null;
  const pending = useTabSelector(tabId, (tab) => tab.pendingRequestId !== null) ?? false;
  const [view, setView] = useState<'grid' | 'inspector'>('grid');

  const followPage = (params: Readonly<Record<string, unknown>>) => {
    if (!workbench.tab(tabId)?.draft.provider) return;
    workbench.update(tabId, (draft) =>
      draft.provider
        ? { ...draft, provider: { ...draft.provider, params: { ...draft.provider.params, ...params } } }
        : draft,
    );
    // The edit lands before the send reads the tab (the store updates synchronously).
    queueMicrotask(() => void workbench.send(tabId));
  };

  const inspector = (
    <ResponseInspector
      outcome={outcome}
      pending={pending}
      onCancel={() => void workbench.cancel(tabId)}
      onFollowPage={followPage}
    />
  );
  if (sandbox === 'wbteampro' && outcome?.response) {
    return (
      <section className="response-area" aria-label="Response">
        <WbResponseView outcome={outcome} onFollowPage={followPage} />
        {inspector}
      </section>
    );
  }
  if (!isQuery || !outcome?.response)
    return (
      <section className="response-area" aria-label="Response">
        {inspector}
      </section>
    );
  return (
    <section className="response-area" aria-label="Response">
      <div className="section-tabs" role="tablist" aria-label="Response views">
        <button type="button" role="tab" aria-selected={view === 'grid'} onClick={() => setView('grid')}>
          Results
        </button>
        <button type="button" role="tab" aria-selected={view === 'inspector'} onClick={() => setView('inspector')}>
          Raw response
        </button>
      </div>
      {view === 'grid' ? <QueryResultsGrid outcome={outcome} onFollowPage={followPage} /> : inspector}
    </section>
  );
}
