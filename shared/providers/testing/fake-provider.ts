/**
 * A sixth provider that exists only in tests: the worked example of README "Adding a provider". It is
 * registered next to the real five in unit tests, which check that every registry picks it up.
 */
import { joinUrl } from '../../request/url';
import type { SharedProviderModule } from '../module';
import type { ProviderDefinition } from '../types';

export const fakeDemoKey = 'fake-demo-key';

const fakeDefinition: ProviderDefinition<'fake'> = {
  id: 'fake',
  name: 'Fake CRM',
  authCard: ['Send the key in the X-Fake-Key header.'],
  defaultBaseUrl: 'https://api.fake.example',
  profileFields: [{ key: 'key', label: 'API key', secret: true, required: true }],
  catalog: [
    {
      id: 'ping',
      group: 'Health',
      name: 'Ping',
      method: 'GET',
      path: '/ping',
      params: [],
      auth: 'key',
      description: 'Answers pong to a known key.',
    },
  ],
  demoProfile: { name: 'Demo', environment: 'demo', fields: {}, secrets: { key: fakeDemoKey } },
  buildRequest: (draft, profile) => ({
    ok: true,
    request: {
      method: 'GET',
      url: joinUrl(profile.baseUrl, draft.path ?? '/ping'),
      headers: [],
      body: { kind: 'none' },
    },
    warnings: [],
  }),
  interpret: (response) => ({
    outcome: response.status === 200 ? 'ok' : 'error',
    summary: response.bodyText ?? '',
    hints: [],
  }),
};

export const fakeProviderModule: SharedProviderModule<'fake'> = {
  id: 'fake',
  sandbox: { id: 'fake', name: 'Fake CRM', badge: 'FK', badgeColor: '#123456', tagline: 'Only in tests.' },
  definition: fakeDefinition,
};
