/**
 * Every request Parley builds for the 280 webCRM operations, from the catalog's example values alone,
 * sent through the pipeline to the mock and checked against the official OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderDraft } from '../../../shared/providers/types';
import { webcrmProvider } from '../../../shared/providers/webcrm/definition';
import { startWebcrmMock, type WebcrmMockHandle } from '../../mock-servers/webcrm/server';
import { exchange, testProfile } from '../testing/send';
import { createWebcrmAuth } from './auth';
import { createWebcrmRequestValidator, type WebcrmRequestValidator } from './testing/openapi-requests';

const demoToken = webcrmProvider.demoProfile.secrets.applicationToken ?? '';

const fromExamples = (endpointId: string, params: readonly { name: string; example?: unknown }[]): ProviderDraft => ({
  endpointId,
  params: Object.fromEntries(params.map((param) => [param.name, param.example])),
});

describe('webCRM requests against the official OpenAPI document', () => {
  let mock: WebcrmMockHandle;
  let validator: WebcrmRequestValidator;
  const auth = createWebcrmAuth();

  beforeAll(async () => {
    mock = await startWebcrmMock();
    mock.faults.rateLimitPerMinute = 10_000;
    validator = await createWebcrmRequestValidator();
  }, 60_000);
  afterAll(() => mock.close());

  it('every catalog parameter has an example value', () => {
    const missing = webcrmProvider.catalog.flatMap((endpoint) =>
      endpoint.params.filter((param) => param.example === undefined).map((param) => `${endpoint.id}.${param.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('the 280 requests built from the examples have zero violations', async () => {
    const violations: string[] = [];
    for (const endpoint of webcrmProvider.catalog) {
      const sent = await exchange(
        auth,
        testProfile('webcrm', mock.baseUrl, {}, ['applicationToken']),
        { applicationToken: demoToken },
        fromExamples(endpoint.id, endpoint.params),
      );
      const checked = validator.validate(sent.request);
      if (checked.operationId !== endpoint.id)
        violations.push(`${endpoint.id}: matched ${checked.operationId ?? 'nothing'}`);
      violations.push(...checked.violations.map((violation) => `${endpoint.id}: ${violation}`));
    }
    expect(violations).toEqual([]);
  }, 120_000);

  it('the validator does catch a request the document refuses', () => {
    const checked = validator.validate({
      method: 'POST',
      url: `${mock.baseUrl}/Persons`,
      headers: [['Content-Type', 'application/json']],
      body: { kind: 'json', text: '{}' },
    });
    expect(checked.operationId).toBe('PersonsPost');
    expect(checked.violations.join('\n')).toContain("must have required property 'PersonId'");
  });
});
