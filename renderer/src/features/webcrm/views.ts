/** webCRM's views in the workbench: the SQL builder and results grid for /Queries, the token's life. */
import type { ProviderDraft } from '../../../../shared/providers/types';
import type { RendererProviderModule } from '../../providers/module';
import { TokenLife } from '../sandbox/TokenLife';
import { queryTitle, scriptOf, withDefaultSize } from './query-draft';
import { scriptRefusal } from './script-check';
import { QueryResultsGrid } from './QueryResultsGrid';
import { SqlBuilderPanel } from './SqlBuilderPanel';

const isQuery = (draft: ProviderDraft | null) => (draft?.endpointId ?? '').startsWith('Queries');

export const webcrmViews: RendererProviderModule = {
  builder: {
    label: 'SQL builder',
    appliesTo: isQuery,
    Panel: SqlBuilderPanel,
    // A query is named after its tables.
    saveName: (draft) => queryTitle(scriptOf(draft)),
    restate: withDefaultSize,
    refuseBeforeSend: scriptRefusal,
  },
  responseView: { label: 'Results', placement: 'tab', appliesTo: isQuery, View: QueryResultsGrid },
  StatusItem: TokenLife,
};
