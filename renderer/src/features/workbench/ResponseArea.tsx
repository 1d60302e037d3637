import { useState } from 'react';
import { ResponseInspector } from '../response/ResponseInspector';
import { responseViewFor } from '../../providers/registry';
import { useTabSelector, useWorkbenchActions } from './WorkbenchContext';

/** The response side of a tab: the inspector, plus the provider's own view where it has one. */
export function ResponseArea({ tabId }: { readonly tabId: string }) {
  const workbench = useWorkbenchActions();
  // Selected apart, so an edit of the request (a new draft each key) does not re-render the response.
  const providerView = useTabSelector(tabId, (tab) => responseViewFor(tab.draft)) ?? null;
  const outcome = useTabSelector(tabId, (tab) => tab.outcome) ?? null;
  const pendingRequestId = useTabSelector(tabId, (tab) => tab.pendingRequestId) ?? null;
  const [view, setView] = useState<'provider' | 'inspector'>('provider');

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
      pending={pendingRequestId !== null}
      pendingRequestId={pendingRequestId}
      onCancel={() => void workbench.cancel(tabId)}
      onFollowPage={followPage}
    />
  );
  if (!providerView || !outcome?.response)
    return (
      <section className="response-area" aria-label="Response">
        {inspector}
      </section>
    );
  const { View } = providerView;
  if (providerView.placement === 'above')
    return (
      <section className="response-area" aria-label="Response">
        <View outcome={outcome} onFollowPage={followPage} />
        {inspector}
      </section>
    );
  return (
    <section className="response-area" aria-label="Response">
      <div className="section-tabs" role="tablist" aria-label="Response views">
        <button type="button" role="tab" aria-selected={view === 'provider'} onClick={() => setView('provider')}>
          {providerView.label}
        </button>
        <button type="button" role="tab" aria-selected={view === 'inspector'} onClick={() => setView('inspector')}>
          Raw response
        </button>
      </div>
      {view === 'provider' ? <View outcome={outcome} onFollowPage={followPage} /> : inspector}
    </section>
  );
}
