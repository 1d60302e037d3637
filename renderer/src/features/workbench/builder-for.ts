import type { RequestDraft } from '../../../../shared/request/draft';
import { queryTitle, scriptOf } from '../webcrm/query-draft';

/** wbTeamPro chains are built visually for every call; webCRM's SQL builder serves its /Queries endpoint. */
export function builderFor(draft: RequestDraft): 'chain' | 'sql' | null {
  if (draft.sandbox === 'wbteampro') return 'chain';
  if (draft.sandbox === 'webcrm' && (draft.provider?.endpointId ?? '').startsWith('Queries')) return 'sql';
  return null;
}

/** The name a tab is saved under the first time: a query is named after its tables, anything else after its tab. */
export function firstSaveName(draft: RequestDraft, tabTitle: string): string {
  if (builderFor(draft) !== 'sql' || !draft.provider) return tabTitle;
  return queryTitle(scriptOf(draft.provider)) ?? tabTitle;
}
