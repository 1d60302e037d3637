import { useCallback } from 'react';
import type { EndpointSpec } from '../../../../shared/providers/catalog';
import type { ProviderId } from '../../../../shared/providers/types';
import { emptyDraft } from '../../../../shared/request/draft';
import { useWorkbenchActions } from './WorkbenchContext';

/** Opens a catalog endpoint in a tab, with its documented defaults and the provider's default profile. */
export function useOpenEndpoint() {
  const workbench = useWorkbenchActions();
  return useCallback(
    (providerId: ProviderId, endpoint: EndpointSpec) => {
      const params = Object.fromEntries(
        endpoint.params.filter((p) => p.default !== undefined).map((p) => [p.name, p.default]),
      );
      // The tab opens at once; it adopts the provider's default profile as soon as main answers.
      workbench.open({
        title: endpoint.name,
        draft: { ...emptyDraft(providerId), profileId: null, provider: { endpointId: endpoint.id, params } },
        reuseClean: true,
      });
    },
    [workbench],
  );
}
