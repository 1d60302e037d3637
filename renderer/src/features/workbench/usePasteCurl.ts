import { useCallback } from 'react';
import { invoke } from '../../ipc/client';
import { useWorkbenchActions } from './WorkbenchContext';

const isCurl = (text: string) => /^\s*(\$\s+)?curl(\.exe)?\s/i.test(text);

/**
 * Pasting a cURL command into the URL field turns the tab into that request. Main parses it (the
 * provider catalogs stay out of the window) and asks before storing any credential it holds, a provider's
 * in a profile: the draft then uses that profile.
 */
export function usePasteCurl(tabId: string): (text: string) => boolean {
  const workbench = useWorkbenchActions();
  return useCallback(
    (text: string) => {
      if (!isCurl(text)) return false;
      void invoke('import.curl', { text }).then(
        (result) => {
          const tab = workbench.tab(tabId);
          if (!result.ok) {
            workbench.update(tabId, (draft) => ({ ...draft, url: text.trim().split('\n')[0] ?? '' }));
            return;
          }
          // A profile main stored the command's credentials in wins over the tab's.
          if (tab && tab.draft.sandbox === result.draft.sandbox)
            workbench.update(tabId, (draft) => ({ ...result.draft, profileId: result.profile?.id ?? draft.profileId }));
          else workbench.open({ title: result.name, draft: result.draft });
        },
        () => undefined,
      );
      return true;
    },
    [tabId, workbench],
  );
}
