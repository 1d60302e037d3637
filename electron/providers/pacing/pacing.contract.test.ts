/** The documented limits, paced by the pipeline before a request goes: the user sees the wait, not the refusal. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apsisDemoKey } from '../../../shared/providers/apsis/definition';
import type { HttpRequestSpec } from '../../../shared/http/types';
import { startApsisMock, type ApsisMock } from '../../mock-servers/apsis/server';
import { apsisAuth } from '../apsis/auth';
import { apsisPacing } from '../apsis/pacing';
import { webcrmPacing } from '../webcrm/pacing';
import { exchange, testProfile } from '../testing/send';
import { createPacer } from './pacer';
import { pacingLimitsFor } from './registry';

const frozenAt = (now: { value: number }) => ({ now: () => now.value });

describe('pacing the documented limits', () => {
  let mock: ApsisMock;
  beforeAll(async () => {
    mock = await startApsisMock();
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.reset());

  it('the 61st APSIS request within a minute is held with the wait, and goes once the user confirms', async () => {
    const now = { value: Date.UTC(2026, 0, 1) };
    const pacing = { pacer: createPacer({ clock: frozenAt(now) }), limitsFor: pacingLimitsFor };
    const profile = testProfile('apsis', mock.baseUrl, { region: 'custom' }, ['apiKey']);
    const send = (confirmRisk = false) =>
      exchange(
        apsisAuth,
        profile,
        { apiKey: apsisDemoKey },
        { endpointId: 'Account.getDemographicData', params: {} },
        { pacing, confirmRisk },
      );
    for (let index = 0; index < 60; index += 1) {
      now.value += 500;
      await send();
    }
    const before = mock.requestCount();
    await expect(send()).rejects.toThrow(
      'APSIS allows 60 requests a minute per API key: this would be request 61 within 1 min. Wait 31 s before sending, or confirm to send now',
    );
    expect(mock.requestCount()).toBe(before);
    const confirmed = await send(true);
    expect(confirmed.response.status).toBeGreaterThan(0);
    expect(mock.requestCount()).toBe(before + 1);
  }, 60_000);

  it('an identical APSIS poll within 5 minutes waits for the rest of the 5 minutes; another poll does not', () => {
    const now = { value: 0 };
    const pacer = createPacer({ clock: frozenAt(now) });
    const poll = (guid: string): HttpRequestSpec => ({
      method: 'GET',
      url: `https://se.api.anpdm.com/queue/${guid}.json`,
      headers: [],
      body: { kind: 'none' },
    });
    pacer.record('p', apsisPacing, poll('a'));
    now.value = 2 * 60_000;
    expect(pacer.check('p', apsisPacing, poll('a'))).toEqual({
      waitMs: 3 * 60_000,
      reason: 'APSIS asks for at least 5 minutes between identical polls: the same request went 2 min ago.',
    });
    expect(pacer.check('p', apsisPacing, poll('b'))).toBeNull();
    expect(pacer.check('other-profile', apsisPacing, poll('a'))).toBeNull();
    now.value = 5 * 60_000;
    expect(pacer.check('p', apsisPacing, poll('a'))).toBeNull();
  });

  it('webCRM holds the 251st request of a sliding minute until the oldest leaves it', () => {
    const now = { value: 0 };
    const pacer = createPacer({ clock: frozenAt(now) });
    const request: HttpRequestSpec = {
      method: 'GET',
      url: 'https://api.webcrm.com/Persons',
      headers: [],
      body: { kind: 'none' },
    };
    for (let index = 0; index < 250; index += 1) {
      now.value = index * 100;
      pacer.record('token', webcrmPacing, request);
    }
    now.value = 30_000;
    expect(pacer.check('token', webcrmPacing, request)?.waitMs).toBe(30_000);
    now.value = 60_001;
    expect(pacer.check('token', webcrmPacing, request)).toBeNull();
    expect(pacingLimitsFor('http')).toBeUndefined();
    expect(pacingLimitsFor('webcrm')).toBe(webcrmPacing);
  });
});
