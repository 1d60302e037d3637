import { useState } from 'react';
import { ResponseInspector } from '../response/ResponseInspector';
import { StatusLine } from '../response/Summary';
import { responseViewFor } from '../../providers/registry';
import { useTabSelector, useWorkbenchActions } from './WorkbenchContext';
import { responseAreaId } from './focus-targets';
import { onTabListKeyDown, rovingTab } from './tab-list-keys';

/** The response side of a tab: the inspector, plus the provider's own view where it has one. */
export function ResponseArea({ tabId }: { readonly tabId: string }) {
  const workbench = useWorkbenchActions();
  // Selected apart, so an edit of the request (a new draft each key) does not re-render the response.
  const providerView = useTabSelector(tabId, (tab) => responseViewFor(tab.draft)) ?? null;
  const outcome = useTabSelector(tabId, (tab) => tab.outcome) ?? null;
  const pendingRequestId = useTabSelector(tabId, (tab) => tab.pendingRequestId) ?? null;
  const pending = pendingRequestId !== null;
  // A refused send leaves the earlier response on screen: it is dimmed and said to be the earlier one.
  const refused = useTabSelector(tabId, (tab) => tab.error?.startsWith('Not sent') ?? false) ?? false;
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

  const summaryAbove = Boolean(providerView?.ownsSummary && providerView.placement === 'above' && outcome?.response);
  const inspector = (
    <ResponseInspector
      outcome={outcome}
      pending={pendingRequestId !== null}
      pendingRequestId={pendingRequestId}
      onCancel={() => void workbench.cancel(tabId)}
      onFollowPage={followPage}
      summaryAbove={summaryAbove && !pending}
    />
  );
  const stale = refused && outcome !== null && !pending;
  const area = {
    className: stale ? 'response-area response-stale' : 'response-area',
    'aria-label': 'Response',
    id: responseAreaId,
    tabIndex: -1,
  };
  const staleNote = stale ? (
    <p className="response-stale-note" role="note">
      The last send was refused (see the request). This is the response of the send before it.
    </p>
  ) : null;
  if (!providerView || !outcome?.response)
    return (
      <section {...area}>
        {staleNote}
        {inspector}
      </section>
    );
  const { View } = providerView;
  if (providerView.placement === 'above')
    return (
      <section {...area}>
        {staleNote}
        {summaryAbove && !pending ? <StatusLine response={outcome.response} /> : null}
        <View outcome={outcome} onFollowPage={followPage} />
        {inspector}
      </section>
    );
  return (
    <section {...area}>
      {staleNote}
      <div className="section-tabs" role="tablist" aria-label="Response views" onKeyDown={onTabListKeyDown}>
        <button
          type="button"
          role="tab"
          aria-selected={view === 'provider'}
          {...rovingTab(view === 'provider')}
          onClick={() => setView('provider')}
        >
          {providerView.label}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={view === 'inspector'}
          {...rovingTab(view === 'inspector')}
          onClick={() => setView('inspector')}
        >
          Raw response
        </button>
      </div>
      {view === 'provider' ? <View outcome={outcome} onFollowPage={followPage} /> : inspector}
    </section>
  );
}
