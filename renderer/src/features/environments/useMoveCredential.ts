import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { credentialSecretPart } from '../../../../shared/request/credentials';
import type { KeyValueRow, RequestDraft } from '../../../../shared/request/draft';
import { substitute } from '../../../../shared/request/variables';
import { errorMessage } from '../../../../shared/values';
import { invoke } from '../../ipc/client';
import { useWorkbenchActions } from '../workbench/WorkbenchContext';

type RowList = 'headers' | 'query';

/**
 * "Move to a secret variable": main stores the credential's secret part as a secret variable of the
 * request's folder, allowed for the request's origin, and the row keeps `{{variable}}` in its place.
 */
export function useMoveCredential(tabId: string, values: Readonly<Record<string, string>>) {
  const workbench = useWorkbenchActions();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const move = useCallback(
    async (list: RowList, index: number) => {
      const tab = workbench.tab(tabId);
      const row = tab?.draft[list][index];
      if (!tab || !row) return;
      const secret = credentialSecretPart(row.value);
      try {
        const { variable } = await invoke('variables.moveCredential', {
          collectionFile: tab.collectionFile,
          name: row.name,
          value: secret,
          url: substitute(tab.draft.url, values).text,
        });
        const replace = (rows: readonly KeyValueRow[]) =>
          rows.map((r, i) =>
            i === index && r.value === row.value ? { ...r, value: r.value.replace(secret, `{{${variable}}}`) } : r,
          );
        workbench.update(tabId, (draft: RequestDraft) => ({ ...draft, [list]: replace(draft[list]) }));
        setProblem(null);
        await queryClient.invalidateQueries({ queryKey: ['variables.get'] });
      } catch (error) {
        setProblem(`Not moved: ${errorMessage(error)}`);
      }
    },
    [workbench, tabId, values, queryClient],
  );
  /** Stores one value (an auth helper's field) as a secret variable; returns `{{variable}}`, or null when refused. */
  const store = useCallback(
    async (name: string, value: string): Promise<string | null> => {
      const tab = workbench.tab(tabId);
      if (!tab) return null;
      try {
        const { variable } = await invoke('variables.moveCredential', {
          collectionFile: tab.collectionFile,
          name,
          value,
          url: substitute(tab.draft.url, values).text,
        });
        setProblem(null);
        await queryClient.invalidateQueries({ queryKey: ['variables.get'] });
        return `{{${variable}}}`;
      } catch (error) {
        setProblem(`Not moved: ${errorMessage(error)}`);
        return null;
      }
    },
    [workbench, tabId, values, queryClient],
  );
  return { move, store, problem };
}
