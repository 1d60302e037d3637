import type { ProviderDraft } from '../../../../shared/providers/types';

export interface SqlBuilderPanelProps {
  readonly draft: ProviderDraft;
  readonly onChange: (draft: ProviderDraft) => void;
}

/** Placeholder until the webCRM SQL builder lands. */
export function SqlBuilderPanel(_props: SqlBuilderPanelProps) {
  return <p className="empty-state">The SQL builder is coming.</p>;
}
