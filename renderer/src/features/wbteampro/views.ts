/** wbTeamPro's views in the workbench: every call is built as a chain; the envelope has its own reading. */
import type { RendererProviderModule } from '../../providers/module';
import { ChainBuilderPanel } from './ChainBuilderPanel';
import { restateDraft } from './chain-state';
import { WbResponseView } from './WbResponseView';

export const wbteamproViews: RendererProviderModule = {
  builder: { label: 'Chain builder', appliesTo: () => true, Panel: ChainBuilderPanel, restate: restateDraft },
  responseView: {
    label: 'Envelope',
    placement: 'above',
    appliesTo: () => true,
    View: WbResponseView,
    ownsSummary: true,
  },
};
