import { lazy, Suspense } from 'react';
import type { ProviderDraft } from '../../../../shared/providers/types';

export interface SqlBuilderPanelProps {
  readonly draft: ProviderDraft;
  readonly onChange: (draft: ProviderDraft) => void;
}

// The SQL parser and the builder arrive in their own chunk the first time a webCRM builder is shown.
const SqlBuilder = lazy(() => import('./SqlBuilder'));

/** The webCRM SQL builder for a /Queries draft (see SqlBuilder). */
export function SqlBuilderPanel(props: SqlBuilderPanelProps) {
  return (
    <Suspense
      fallback={
        <p className="empty-state" role="status">
          Loading the SQL builder…
        </p>
      }
    >
      <SqlBuilder {...props} />
    </Suspense>
  );
}
