/**
 * Compile-time proof that the renderer registry needs every provider: the `@ts-expect-error` must meet an
 * error, so `npm run typecheck` fails if the registry stops checking. Never run, only type-checked.
 */
import type { ProviderId } from '../../../shared/providers/types';
import type { RendererProviderModule } from './module';
import { rendererModules } from './registry';

const { webcrm: _webcrm, ...withoutWebcrm } = rendererModules;

// @ts-expect-error a provider without its renderer module (an empty one is fine, none is not) is refused
export const _rendererRegistry: Record<ProviderId, RendererProviderModule> = withoutWebcrm;
