import type { ProviderDraft } from '../../../../shared/providers/types';

export interface ChainBuilderPanelProps {
  readonly draft: ProviderDraft;
  readonly onChange: (draft: ProviderDraft) => void;
}

/** Placeholder until the wbTeamPro chain builder lands. */
export function ChainBuilderPanel(_props: ChainBuilderPanelProps) {
  return <p className="empty-state">The chain builder is coming.</p>;
}
