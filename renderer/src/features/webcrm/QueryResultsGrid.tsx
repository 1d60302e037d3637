import type { SendOutcome } from '../../../../shared/request/outcome';

export interface QueryResultsGridProps {
  readonly outcome: SendOutcome;
  readonly onFollowPage?: (params: Readonly<Record<string, unknown>>) => void;
}

/** Placeholder until the results grid lands. */
export function QueryResultsGrid(_props: QueryResultsGridProps) {
  return null;
}
