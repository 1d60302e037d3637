import { useState } from 'react';
import { ResponseInspector } from '../response/ResponseInspector';
import { responseViewFor } from '../../providers/registry';
import type { RequestTab } from './tabs';
import { useWorkbench } from './WorkbenchContext';

/** The response side of a tab: the inspector, plus the provider's own view where it has one. */
export function ResponseArea({ tab }: { readonly tab: RequestTab }) {
  const workbench = useWorkbench();
  const providerView = responseViewFor(tab.draft);
  const [view, setView] = useState<'provider' | 'inspector'>('provider');

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
  if (!providerView || !tab.outcome?.response)
    return (
      <section className="response-area" aria-label="Response">
        {inspector}
      </section>
    );
  const { View } = providerView;
  if (providerView.placement === 'above')
    return (
      <section className="response-area" aria-label="Response">
        <View outcome={tab.outcome} onFollowPage={followPage} />
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
      {view === 'provider' ? <View outcome={tab.outcome} onFollowPage={followPage} /> : inspector}
    </section>
  );
}
