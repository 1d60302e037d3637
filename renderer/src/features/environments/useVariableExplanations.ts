import { useMemo } from 'react';
import type { VariableExplanation } from '../../../../shared/environments/types';
import type { RequestDraft } from '../../../../shared/request/draft';
import { VARIABLE_PATTERN } from '../../../../shared/request/variables';
import { useIpcQuery } from '../../ipc/hooks';
import { displayValues, useProfiles } from '../workbench/useActiveProfile';
import { shallowEqual, useTabSelector } from '../workbench/WorkbenchContext';

export interface Explained {
  /** Name → its value for display (secrets masked), for the names that have one. */
  readonly values: Readonly<Record<string, string>>;
  /** Name → where its value comes from; the request's profile is the last layer and wins. */
  readonly explain: (name: string) => VariableExplanation;
}

const namesIn = (draft: RequestDraft): string[] => {
  const texts = [draft.url, draft.provider?.path ?? '', ...[...draft.query, ...draft.headers].map((row) => row.value)];
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(VARIABLE_PATTERN)) if (match[1]) names.add(match[1]);
  return [...names].sort();
};

/** What each `{{name}}` of a tab's URL, query and headers resolves to, and which layer won, for the hover. */
export function useVariableExplanations(tabId: string): Explained {
  const names = useTabSelector(tabId, (tab) => namesIn(tab.draft), shallowEqual) ?? [];
  const collectionFile = useTabSelector(tabId, (tab) => tab.collectionFile) ?? null;
  const sandbox = useTabSelector(tabId, (tab) => tab.draft.sandbox) ?? 'http';
  const profileId = useTabSelector(tabId, (tab) => tab.draft.profileId) ?? null;
  const { profile } = useProfiles(sandbox, profileId);
  const workspace = useIpcQuery(
    'variables.explain',
    { collectionFile, names },
    { enabled: names.length > 0, placeholderData: (previous) => previous },
  );
  return useMemo(() => {
    const fromProfile = displayValues(profile);
    const byName = new Map((workspace.data ?? []).map((e) => [e.name, e]));
    const explain = (name: string): VariableExplanation => {
      if (fromProfile[name] !== undefined) {
        const secret = profile?.secrets[name]?.set === true;
        return { name, layer: `profile ${profile?.name ?? ''}`.trim(), value: fromProfile[name], secret };
      }
      return byName.get(name) ?? { name, layer: null, value: null, secret: false };
    };
    const values: Record<string, string> = { ...fromProfile };
    for (const e of workspace.data ?? []) {
      if (values[e.name] !== undefined) continue;
      if (e.layer === 'dynamic') values[e.name] = `{{${e.name}}}`;
      else if (e.value !== null) values[e.name] = e.value;
    }
    return { values, explain };
  }, [profile, workspace.data]);
}
