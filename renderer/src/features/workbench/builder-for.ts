import type { RequestDraft } from '../../../../shared/request/draft';
import { builderFor } from '../../providers/registry';

/** The name a tab is saved under the first time: what its builder suggests (a query's tables), else its tab's. */
export function firstSaveName(draft: RequestDraft, tabTitle: string): string {
  const builder = builderFor(draft);
  if (!builder?.saveName || !draft.provider) return tabTitle;
  return builder.saveName(draft.provider) ?? tabTitle;
}
