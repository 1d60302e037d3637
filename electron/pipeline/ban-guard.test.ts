/**
 * The ban guard counts failed logins where the server does. wbTeamPro bans the client IP, whichever admin
 * failed: two profiles on one host share one count, the count survives a restart, and the confirmation
 * names the profiles that failed. The mock counts per IP too, so "never banned unasked" is checked there.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../shared/request/draft';
import { wbteamproProvider } from '../../shared/providers/wbteampro/definition';
import { startWbTeamProMock, type WbTeamProMockHandle } from '../mock-servers/wbteampro/server';
import { bootMain, type BootedMain } from '../vault/vault-test-kit';

let mock: WbTeamProMockHandle;
let dir: string;
const key = randomBytes(32);
let running: BootedMain[] = [];

beforeAll(async () => {
  mock = await startWbTeamProMock();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-ban-guard-'));
});
afterEach(async () => {
  await Promise.all(running.map((main) => main.services.dispose()));
  running = [];
  fs.rmSync(dir, { recursive: true, force: true });
});

const boot = () => {
  const main = bootMain(dir, key);
  running.push(main);
  return main;
};

const createProfile = (main: BootedMain, name: string, password: string) =>
  main.ok('profiles.create', {
    providerId: 'wbteampro',
    name,
    baseUrl: mock.baseUrl,
    environment: 'test',
    fields: { ...wbteamproProvider.demoProfile.fields },
    secrets: { password },
    variables: [],
    notes: '',
  });

let sends = 0;
const send = (main: BootedMain, profileId: string, confirmRisk = false) =>
  main.call('request.send', {
    requestId: `ban-guard-${(sends += 1)}`,
    title: 'Config',
    confirmRisk,
    draft: { ...emptyDraft('wbteampro'), profileId, provider: { endpointId: 'getConfig', params: {} } },
  });

describe('the wbTeamPro ban guard', () => {
  it('counts failures per host across profiles, asks before the third, and names who failed', async () => {
    const main = boot();
    const a = await createProfile(main, 'Admin A', 'wrong-a');
    const b = await createProfile(main, 'Admin B', 'wrong-b');

    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const outcome = await send(main, a.id);
      expect(outcome.ok && outcome.value.interpretation?.outcome).toBe('error');
    }
    expect(mock.failedLogins()).toBe(2);

    // Another admin on the same host: the server would ban the IP on this failure, so Parley asks first.
    const asked = await send(main, b.id);
    expect(asked.ok).toBe(false);
    if (asked.ok) return;
    expect(asked.error.code).toBe('confirmation-required');
    expect(asked.error.message).toContain('"Admin A"');
    expect(asked.error.message).toContain('A third failure bans this IP on the server');
    expect(mock.failedLogins()).toBe(2);
    expect(await main.ok('profiles.authState', { profileId: b.id })).toMatchObject({
      failures: 2,
      needsConfirmation: true,
    });
  });

  it('keeps the shared count across a restart, and a successful login clears it for every profile', async () => {
    const first = boot();
    const a = await createProfile(first, 'Admin A', 'wrong-a');
    const b = await createProfile(first, 'Admin B', 'wrong-b');
    await send(first, a.id);
    await send(first, b.id);
    expect(mock.failedLogins()).toBe(2);

    await first.services.dispose();
    running = running.filter((main) => main !== first);
    const again = boot();
    const asked = await send(again, a.id);
    expect(asked.ok ? null : asked.error.message).toMatch(/"Admin A", "Admin B"/);
    expect(mock.failedLogins()).toBe(2);

    // The right password, confirmed: the server resets its count and so does Parley, for both profiles.
    await again.ok('profiles.update', {
      id: b.id,
      patch: { secrets: { password: wbteamproProvider.demoProfile.secrets.password ?? '' } },
    });
    const confirmed = await send(again, b.id, true);
    expect(confirmed.ok && confirmed.value.interpretation?.outcome).toBe('ok');
    expect(await again.ok('profiles.authState', { profileId: a.id })).toMatchObject({
      failures: 0,
      needsConfirmation: false,
    });
  });
});
