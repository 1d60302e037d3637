/**
 * The renderer module of every provider. `Record<ProviderId, …>`: a provider in the shared registry
 * without an entry here does not compile (an empty module is a valid one: no extra views).
 */
import type { SandboxId } from '../../../shared/providers/sandboxes';
import type { ProviderId } from '../../../shared/providers/types';
import type { RequestDraft } from '../../../shared/request/draft';
import { wbteamproViews } from '../features/wbteampro/views';
import { webcrmViews } from '../features/webcrm/views';
import type { BuilderView, RendererProviderModule, ResponseView } from './module';

export const rendererModules = {
  apwt: {},
  wbteampro: wbteamproViews,
  'whmcs-clientapi': {},
  apsis: {},
  webcrm: webcrmViews,
} satisfies Record<ProviderId, RendererProviderModule>;

export function viewsOf(sandbox: SandboxId): RendererProviderModule {
  return sandbox === 'http' ? {} : rendererModules[sandbox];
}

/** The visual builder this draft is edited with, if its provider has one that applies. */
export function builderFor(draft: RequestDraft): BuilderView | null {
  const builder = viewsOf(draft.sandbox).builder;
  return builder?.appliesTo(draft.provider) ? builder : null;
}

export function responseViewFor(draft: RequestDraft): ResponseView | null {
  const view = viewsOf(draft.sandbox).responseView;
  return view?.appliesTo(draft.provider) ? view : null;
}
