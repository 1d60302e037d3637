import type { RequestDraft } from '../../../../shared/request/draft';

/** wbTeamPro chains are built visually for every call; webCRM's SQL builder serves its /Queries endpoint. */
export function builderFor(draft: RequestDraft): 'chain' | 'sql' | null {
  if (draft.sandbox === 'wbteampro') return 'chain';
  if (draft.sandbox === 'webcrm' && (draft.provider?.endpointId ?? '').startsWith('Queries')) return 'sql';
  return null;
}
