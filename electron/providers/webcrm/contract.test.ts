import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EndpointSpec } from '../../../shared/providers/catalog';
import type { ProviderDraft } from '../../../shared/providers/types';
import { webcrmProvider } from '../../../shared/providers/webcrm/definition';
import { startWebcrmMock, type WebcrmMockHandle } from '../../mock-servers/webcrm/server';
import { seedTables } from '../../mock-servers/webcrm/seed';
import { exchange, testProfile } from '../testing/send';
import { createWebcrmAuth } from './auth';

const demoToken = webcrmProvider.demoProfile.secrets.applicationToken ?? '';
const seeded = seedTables();
const linkedTypes = ['Organisation', 'Person', 'Activity', 'Opportunity', 'Delivery', 'Product', 'SupportCase'];
const singular: Record<string, string> = {
  Activities: 'Activity',
  Deliveries: 'Delivery',
  Opportunities: 'Opportunity',
  Organisations: 'Organisation',
  Persons: 'Person',
  Products: 'Product',
  SupportCases: 'SupportCase',
};

function pathValue(endpoint: EndpointSpec, name: string): string {
  if (name === 'id' && endpoint.path.includes('/LinkedData/') && endpoint.group !== 'QuotationLines') {
    const entity = singular[endpoint.group] ?? '';
    const row = seeded
      .get('LinkedData')
      ?.find((r) => !linkedTypes.includes(entity) || r.LinkedDataItemEntityType === entity);
    return String(row?.LinkedDataItemId ?? 1);
  }
  const spec = endpoint.params.find((p) => p.name === name);
  if (spec?.enum) return spec.enum[0] ?? '';
  if (name === 'meetingId') return 'mtg-1';
  if (name === 'startDate') return '2019-01-01';
  if (name === 'endDate') return '2020-01-01';
  return '1';
}

function validDraft(endpoint: EndpointSpec): ProviderDraft {
  const params: Record<string, unknown> = {};
  for (const param of endpoint.params) {
    if (param.in === 'path') params[param.name] = pathValue(endpoint, param.name);
    else if (param.in === 'body') {
      // The catalog's example holds the keys the schema requires; some calls need more to succeed.
      const example = (Array.isArray(param.example) ? param.example[0] : param.example) as Record<string, unknown>;
      const item = {
        ...example,
        ...(endpoint.group === 'QuotationLines' && endpoint.method === 'POST' && !endpoint.path.includes('LinkedData')
          ? { QuotationLineId: 0, QuotationLinePrice: 10 }
          : endpoint.path.endsWith('/Move')
            ? { NewOrganisationId: 2 }
            : {}),
      };
      params[param.name] = param.type === 'array' ? [item] : item;
    } else if (param.required)
      params[param.name] = /^(from|From)$/.test(param.name)
        ? '2019-09-01'
        : /^(to|To)$/.test(param.name)
          ? '2019-10-01'
          : '1';
  }
  if (endpoint.id === 'QueriesGet') params.script = 'SELECT * FROM Person';
  return { endpointId: endpoint.id, params };
}

describe('webCRM contract: every catalog entry against the mock', () => {
  let mock: WebcrmMockHandle;
  const auth = createWebcrmAuth();
  const profile = () => testProfile('webcrm', mock.baseUrl, {}, ['applicationToken']);
  const send = (draft: ProviderDraft, secrets = { applicationToken: demoToken }) =>
    exchange(auth, profile(), secrets, draft);

  beforeAll(async () => {
    mock = await startWebcrmMock();
    // 560 requests in a few seconds: the 250/minute limit has its own test below.
    mock.faults.rateLimitPerMinute = 10_000;
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.reseed());

  it('has all 280 operations', () => {
    expect(webcrmProvider.catalog).toHaveLength(280);
  });

  it.each(webcrmProvider.catalog.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint] as const))(
    '%s is sent, answered and read as a success',
    async (_name, endpoint) => {
      await send({ endpointId: 'PersonsGet', params: { Size: 1 } }); // a login first, so ApiRefresh has a refresh token
      const result = await send(validDraft(endpoint));
      expect(result.response.status, result.response.bodyText.slice(0, 300)).toBeLessThan(300);
      expect(result.interpretation.outcome).toBe('ok');
    },
  );
});
