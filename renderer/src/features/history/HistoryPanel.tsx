import type { RequestDraft } from '../../../../shared/request/draft';

export interface HistoryPanelProps {
  /** Opens a recorded request in a new tab. */
  readonly onOpen: (draft: RequestDraft, title: string) => void;
}

/** Placeholder until the history panel lands. */
export function HistoryPanel(_props: HistoryPanelProps) {
  return <p className="empty-state">History appears here once you send a request.</p>;
}
