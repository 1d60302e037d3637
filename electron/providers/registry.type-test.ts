/**
 * Compile-time proof that an incomplete provider does not build: each `@ts-expect-error` below must meet
 * an error, so `npm run typecheck` fails if a registry ever stops checking the piece named beside it.
 * Never run, only type-checked; the renderer's registry has its own (renderer/src/providers/).
 */
import { defineProviderModules } from '../../shared/providers/module';
import { providerModules } from '../../shared/providers/registry';
import { fakeProviderModule } from '../../shared/providers/testing/fake-provider';
import type { MockModules } from '../mock-servers/registry';
import type { MainModules } from './registry';

const { definition: _definition, ...withoutDefinition } = fakeProviderModule;
const { sandbox: _sandbox, ...withoutSandbox } = fakeProviderModule;

// @ts-expect-error a shared module without its definition (catalog, build, interpret) is refused
defineProviderModules({ ...providerModules, fake: withoutDefinition });

// @ts-expect-error a shared module without its sandbox info (name, badge, colour) is refused
defineProviderModules({ ...providerModules, fake: withoutSandbox });

// @ts-expect-error a module filed under another provider's id is refused
defineProviderModules({ ...providerModules, other: fakeProviderModule });

declare const mains: MainModules;
const { webcrm: _webcrmMain, ...mainsWithoutWebcrm } = mains;
// @ts-expect-error a provider without its main-process module (auth) is refused
export const _mainRegistry: MainModules = mainsWithoutWebcrm;

declare const mocks: MockModules;
const { apsis: _apsisMock, ...mocksWithoutApsis } = mocks;
// @ts-expect-error a provider without its mock server is refused
export const _mockRegistry: MockModules = mocksWithoutApsis;

// @ts-expect-error a mock without its fixed port slot is refused
export const _slotless: MockModules<'fake'> = { fake: { id: 'fake', start: mocks.apsis.start } };
