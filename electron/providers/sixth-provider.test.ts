/**
 * README "Adding a provider", tried: a sixth provider (shared/providers/testing/fake-provider.ts) with a
 * module for each layer, registered next to the real five. The registries list it, its auth applies, and
 * the mock runner (what `npm run mock` runs) serves it on its own fixed slot without moving the others.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../shared/profiles/schema';
import { defineProviderModules } from '../../shared/providers/module';
import { providerIds, providerModules } from '../../shared/providers/registry';
import { sandboxList } from '../../shared/providers/sandboxes';
import { fakeDemoKey, fakeProviderModule } from '../../shared/providers/testing/fake-provider';
import { systemClock } from '../deps';
import { json, startMockHttpServer } from '../mock-servers/http-kit';
import type { MockProviderModule } from '../mock-servers/module';
import { mockModules } from '../mock-servers/registry';
import { startAllMocks, type RunningMocks } from '../mock-servers/start-all';
import type { MainProviderModule } from './module';
import { createProviderAuths, mainProviderModules } from './registry';

const fakeMain: MainProviderModule<'fake'> = {
  id: 'fake',
  createAuth: () => ({
    id: 'fake',
    apply: async (request, context) => {
      const key = context.secrets.key ?? '';
      return { request: { ...request, headers: [...request.headers, ['X-Fake-Key', key]] }, sensitive: [key] };
    },
    isAuthFailure: (response) => response.status === 401,
    connectionTest: { endpointId: 'ping', params: {} },
  }),
};

const fakeMock: MockProviderModule<'fake'> = {
  id: 'fake',
  portSlot: 9,
  start: (options) =>
    startMockHttpServer(
      (request) =>
        request.headers['x-fake-key'] === fakeDemoKey ? json(200, { pong: true }) : json(401, { error: 'bad key' }),
      options,
    ),
};

/** The fake is registered only in this file, not in `ProviderId`: its profile borrows the plain-HTTP kind. */
const profile: ProfileView = {
  id: 'fake-profile',
  providerId: 'http',
  name: 'Demo',
  baseUrl: 'mock://fake',
  environment: 'demo',
  fields: {},
  secrets: { key: { set: true, masked: '••••-key' } },
  variables: [],
  notes: '',
  tlsVerify: true,
  order: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

let running: RunningMocks | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

describe('a sixth provider, registered in every layer', () => {
  const shared = defineProviderModules({ ...providerModules, fake: fakeProviderModule });

  it('is listed after the five in the sidebar order, with its own badge', () => {
    expect(sandboxList(shared).map((sandbox) => sandbox.id)).toEqual(['http', ...providerIds, 'fake']);
    expect(sandboxList(shared).at(-1)).toMatchObject({ name: 'Fake CRM', badge: 'FK', badgeColor: '#123456' });
  });

  it('gets its auth created with the others, and mocks keep their fixed ports', async () => {
    const auths = createProviderAuths({ ...mainProviderModules, fake: fakeMain }, { clock: systemClock });
    expect(auths.all().map((auth) => auth.id)).toContain('fake');

    // Below the ephemeral range, so outgoing connections elsewhere on the machine do not hold these ports.
    const portBase = 20_000 + Math.floor(Math.random() * 10_000);
    running = await startAllMocks({ ...mockModules, fake: fakeMock }, portBase);
    expect(Object.keys(running.urls).sort()).toEqual([...providerIds, 'fake'].sort());
    expect(running.urls.fake).toBe(`http://127.0.0.1:${portBase + 9}`);
    for (const id of providerIds)
      expect(running.urls[id]).toBe(`http://127.0.0.1:${portBase + mockModules[id].portSlot}`);

    // The pieces fit: the shared build, the main auth and the mock answer each other.
    const built = shared.fake.definition.buildRequest(
      { endpointId: 'ping', params: {} },
      { baseUrl: running.urls.fake ?? '', fields: {} },
    );
    if (!built.ok) throw new Error('the fake build failed');
    const applied = await auths.get('fake').apply(built.request, {
      profile,
      secrets: { key: fakeDemoKey },
      preview: false,
      send: () => Promise.reject(new Error('no side requests')),
      clock: systemClock,
    });
    const response = await fetch(applied.request.url, { headers: applied.request.headers });
    expect(await response.json()).toEqual({ pong: true });
  });

  it('gives every real mock a slot of its own', () => {
    const slots = providerIds.map((id) => mockModules[id].portSlot);
    expect(new Set(slots).size).toBe(slots.length);
  });
});
