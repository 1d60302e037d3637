/**
 * `parley run` against the providers' limits, on virtual time: the run's clock and sleep and the mocks'
 * rate windows and token lifetimes share one clock, so minutes of pacing pass in a moment while every
 * request is real HTTP through the real pipeline and the real pacer. The mocks count what they refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apsisDemoKey } from '../../shared/providers/apsis/definition';
import { wbteamproDemoCredentials } from '../../shared/providers/wbteampro/definition';
import { startApsisMock, type ApsisMock } from '../mock-servers/apsis/server';
import { startWbTeamProMock, type WbTeamProMockHandle } from '../mock-servers/wbteampro/server';
import { demoApplicationToken } from '../mock-servers/webcrm/auth-state';
import { startWebcrmMock, type WebcrmMockHandle } from '../mock-servers/webcrm/server';
import { pacingLimitsFor } from '../providers/pacing/registry';
import { parseRunArgs } from './run-args';
import { runRun, type RunProcessDeps } from './run-command';
import { exportedProfile, providerRequest, writeProfileFile, writeRequestFile } from './run-collection-fixture';

const virtual = { now: Date.UTC(2026, 0, 1) };
const clock = { now: () => virtual.now };
let dir: string;
let apsis: ApsisMock;
let webcrm: WebcrmMockHandle;
let wbteampro: WbTeamProMockHandle;

async function run(args: string[], env: Record<string, string>, limits: RunProcessDeps['limitsFor'] = pacingLimitsFor) {
  let stdout = '';
  let stderr = '';
  const code = await runRun(parseRunArgs([...args, '--profile-file', path.join(dir, 'profiles.json')]), env, {
    clock,
    sleep: async (ms) => {
      virtual.now += ms;
    },
    limitsFor: limits,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    dataFolder: null,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-run-limits-'));
  [apsis, webcrm, wbteampro] = await Promise.all([
    startApsisMock({ clock }),
    startWebcrmMock({ clock }),
    startWbTeamProMock(),
  ]);
  writeProfileFile(path.join(dir, 'profiles.json'), [
    exportedProfile('apsis', apsis.baseUrl, { region: 'custom' }, ['apiKey']),
    exportedProfile('webcrm', webcrm.baseUrl, {}, ['applicationToken']),
    exportedProfile(
      'wbteampro',
      wbteampro.baseUrl,
      { username: wbteamproDemoCredentials.username, urlStyle: 'path', format: 'json' },
      ['password'],
    ),
  ]);
  writeRequestFile(path.join(dir, 'apsis', 'lists.yaml'), {
    name: 'Mailing lists',
    profile: 'CI',
    request: providerRequest(
      'apsis',
      'MailingList.getMailinglistsPaginated',
      {},
      { assertions: [{ kind: 'envelope-ok' }] },
    ),
  });
  writeRequestFile(path.join(dir, 'webcrm', 'products.yaml'), {
    name: 'Products',
    profile: 'CI',
    request: providerRequest('webcrm', 'ProductsGet', {}, { assertions: [{ kind: 'status', op: 'is', value: 200 }] }),
  });
  writeRequestFile(path.join(dir, 'wbteampro', 'config.yaml'), {
    name: 'Config',
    profile: 'CI',
    request: providerRequest('wbteampro', 'getConfig', {}, { assertions: [{ kind: 'envelope-ok' }] }),
  });
}, 30_000);

afterAll(async () => {
  await Promise.all([apsis.close(), webcrm.close(), wbteampro.close()]);
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  apsis.reset();
  webcrm.reset();
  wbteampro.reset();
});

describe('parley run within the providers’ limits', () => {
  it('120 APSIS requests complete with no -9, paced to 60 a minute; unpaced, the same run is refused', async () => {
    const env = { APSIS_API_KEY: apsisDemoKey };
    const startedAt = virtual.now;
    const paced = await run([path.join(dir, 'apsis'), '--iterations', '120'], env);
    expect(paced.stderr).toBe('');
    expect(paced.code).toBe(0);
    expect(apsis.requestCount()).toBe(120);
    expect(apsis.rateLimited()).toBe(0);
    expect(virtual.now - startedAt).toBeGreaterThanOrEqual(60_000);
    expect(paced.stdout).toContain('Paced: APSIS allows 60 requests a minute per API key');

    apsis.reset();
    const unpaced = await run([path.join(dir, 'apsis'), '--iterations', '120'], env, () => undefined);
    expect(unpaced.code).toBe(1);
    expect(apsis.rateLimited()).toBe(60);
  }, 120_000);

  it('webCRM: 300 requests at 250 a minute provoke no 429, and the bearer is renewed mid-run', async () => {
    webcrm.faults.tokenLifetimeSeconds = 40;
    const result = await run([path.join(dir, 'webcrm'), '--iterations', '300'], {
      WEBCRM_APPLICATION_TOKEN: demoApplicationToken,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const stats = webcrm.tokenStats();
    expect(stats.throttled).toBe(0);
    expect(stats.unauthorized).toBe(0);
    // One sign-in, then a fresh token each time the 40-second one neared its end (72 s of paced run).
    expect(stats.logins + stats.refreshes).toBeGreaterThanOrEqual(2);
    expect(stats.refreshes).toBeGreaterThanOrEqual(1);
    expect(result.stdout).not.toContain(demoApplicationToken);
  }, 120_000);

  it('wbTeamPro with a wrong password stops after the second failed login: no third reaches the server', async () => {
    const result = await run([path.join(dir, 'wbteampro'), '--iterations', '5'], {
      WBTEAMPRO_PASSWORD: 'not-the-password-7f3a',
    });
    expect(result.code).toBe(1);
    expect(wbteampro.failedLogins()).toBe(2);
    expect(wbteampro.requestCount()).toBe(2);
    expect(result.stdout).toContain(
      `Config: not sent — 2 failed logins in a row at ${new URL(wbteampro.baseUrl).origin}. A third failure bans this IP on the server.`,
    );
    expect(result.stdout).not.toContain('not-the-password-7f3a');
  }, 60_000);
});
