import { defaultRequestName } from '../../../../shared/collections/format';
import type { RequestDraft } from '../../../../shared/request/draft';
import { queryTitle, scriptOf } from '../webcrm/query-draft';

/** wbTeamPro chains are built visually for every call; webCRM's SQL builder serves its /Queries endpoint. */
export function builderFor(draft: RequestDraft): 'chain' | 'sql' | null {
  if (draft.sandbox === 'wbteampro') return 'chain';
  if (draft.sandbox === 'webcrm' && (draft.provider?.endpointId ?? '').startsWith('Queries')) return 'sql';
  return null;
}

/**
 * The name a tab is saved under the first time: a query is named after its tables, a plain request still
 * called "New request" after its `METHOD host/path`, anything else after its tab (the catalog title).
 */
export function firstSaveName(draft: RequestDraft, tabTitle: string): string {
  if (draft.sandbox === 'http' && (tabTitle === 'New request' || !tabTitle.trim()) && draft.url.trim())
    return defaultRequestName(draft.method, draft.url);
  if (builderFor(draft) !== 'sql' || !draft.provider) return tabTitle;
  return queryTitle(scriptOf(draft.provider)) ?? tabTitle;
}
