import { useState } from 'react';
import { ResponseInspector } from '../response/ResponseInspector';
import { QueryResultsGrid } from '../webcrm/QueryResultsGrid';
import { WbResponseView } from '../wbteampro/WbResponseView';
import { builderFor } from './builder-for';
import type { RequestTab } from './tabs';
import { useWorkbench } from './WorkbenchContext';

/** The response side of a tab: the inspector, plus the provider's own view where it has one (webCRM results grid). */
export function ResponseArea({ tab }: { readonly tab: RequestTab }) {
  const workbench = useWorkbench();
  const isQuery = builderFor(tab.draft) === 'sql';
  const [view, setView] = useState<'grid' | 'inspector'>('grid');

  const followPage = (params: Readonly<Record<string, unknown>>) => {
    const provider = tab.draft.provider;
    if (!provider) return;
    workbench.edit(tab.id, { ...tab.draft, provider: { ...provider, params: { ...provider.params, ...params } } });
    // The edit lands before the send reads the tab (the reducer runs synchronously on dispatch).
    queueMicrotask(() => void workbench.send(tab.id));
  };

  const inspector = (
    <ResponseInspector
      outcome={tab.outcome}
      pending={tab.pendingRequestId !== null}
      onCancel={() => void workbench.cancel(tab.id)}
      onFollowPage={followPage}
    />
  );
  if (tab.draft.sandbox === 'wbteampro' && tab.outcome?.response) {
    return (
      <section className="response-area" aria-label="Response">
        <WbResponseView outcome={tab.outcome} onFollowPage={followPage} />
        {inspector}
      </section>
    );
  }
  if (!isQuery || !tab.outcome?.response)
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
      {view === 'grid' ? <QueryResultsGrid outcome={tab.outcome} onFollowPage={followPage} /> : inspector}
    </section>
  );
}
