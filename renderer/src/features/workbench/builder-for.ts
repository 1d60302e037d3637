import { defaultRequestName } from '../../../../shared/collections/format';
import type { RequestDraft } from '../../../../shared/request/draft';
import { builderFor } from '../../providers/registry';

/**
 * The name a tab is saved under the first time: a plain request still called "New request" after its
 * `METHOD host/path`, else what its builder suggests (a query's tables), else its tab's (the catalog title).
 */
export function firstSaveName(draft: RequestDraft, tabTitle: string): string {
  if (draft.sandbox === 'http' && (tabTitle === 'New request' || !tabTitle.trim()) && draft.url.trim())
    return defaultRequestName(draft.method, draft.url);
  const builder = builderFor(draft);
  if (!builder?.saveName || !draft.provider) return tabTitle;
  return builder.saveName(draft.provider) ?? tabTitle;
}

/** The draft as its builder shows it (see BuilderView.restate): a tab opens with this. */
export function restatedDraft(draft: RequestDraft): RequestDraft {
  const builder = builderFor(draft);
  if (!builder?.restate || !draft.provider) return draft;
  return { ...draft, provider: builder.restate(draft.provider) as RequestDraft['provider'] };
}

/**
 * Why the draft's builder would not send it at all (see BuilderView.refuseBeforeSend); null at once where no
 * builder checks, so a send without one starts in the same tick.
 */
export function builderRefusal(draft: RequestDraft): Promise<string | null> | null {
  const builder = builderFor(draft);
  if (!builder?.refuseBeforeSend || !draft.provider) return null;
  return builder.refuseBeforeSend(draft.provider);
}
