/**
 * One canary journey per provider: a profile whose every secret is a fresh canary is previewed, sent
 * (failing logins, the ban guard, the token exchange), saved to the collection, read back from history
 * and exported. Then the canaries AND their derived forms (MD5 hex, base64 of `key:` and of the value,
 * URL encoding) are searched in the data folder, the collection folder, every IPC output and event the
 * renderer received, the DOM and the console.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ProviderDefinition } from '../shared/providers/types';
import { providerDefinitions } from '../shared/providers/registry';
import { startWebcrmMock, type WebcrmMockHandle } from '../electron/mock-servers/webcrm/server';
import { test, expect, type ParleyApp } from './harness/fixture';

async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const name of await readdir(dir, { recursive: true }))
    if ((await stat(path.join(dir, name))).isFile()) files.push(path.join(dir, name));
  return files;
}

/** Every form in which a secret could travel: as typed, hashed, Basic-encoded, URL-encoded. */
export function derivedForms(secret: string): Record<string, string> {
  return {
    plain: secret,
    md5: createHash('md5').update(secret).digest('hex'),
    base64: Buffer.from(secret).toString('base64'),
    'base64 of key:': Buffer.from(`${secret}:`).toString('base64'),
    'url-encoded': encodeURIComponent(secret),
  };
}

/** A canary the field's pattern accepts: letters and digits, or a GUID where the field wants one. */
function canaryValue(field: ProviderDefinition['profileFields'][number]): string {
  const value = `canary${field.key.replace(/\W/g, '')}${randomBytes(12).toString('hex')}`;
  return !field.pattern || new RegExp(field.pattern.regex).test(value) ? value : randomUUID();
}

function profileInput(definition: ProviderDefinition, baseUrl = `mock://${definition.id}`) {
  const fields: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const field of definition.profileFields) {
    if (field.secret) secrets[field.key] = canaryValue(field);
    else fields[field.key] = field.defaultValue ?? `canaryuser${field.key}`;
  }
  return {
    providerId: definition.id,
    name: 'Canary live',
    baseUrl,
    environment: 'live' as const,
    fields,
    secrets,
  };
}

async function invoke(app: ParleyApp, channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return app.page.evaluate(
    ([c, i]) => (window.parley.invoke as (c: string, i: unknown) => Promise<{ ok: boolean; value?: unknown }>)(c, i),
    [channel, input] as const,
  );
}

async function searchEverywhere(app: ParleyApp, secrets: Record<string, string>): Promise<string[]> {
  const places: [string, string][] = [
    ['IPC outputs and events', JSON.stringify(app.ipcLog.map((record) => record.output))],
    ['DOM', await app.page.content()],
    ['console', app.consoleLog.join('\n')],
  ];
  for (const file of await filesUnder(app.dataDir))
    places.push([path.relative(app.dataDir, file), (await readFile(file)).toString('latin1')]);
  const found: string[] = [];
  for (const [field, secret] of Object.entries(secrets))
    for (const [form, value] of Object.entries(derivedForms(secret)))
      for (const [place, text] of places) if (text.includes(value)) found.push(`${field} (${form}) in ${place}`);
  return found;
}

/**
 * webCRM trades the application token for access and refresh tokens: its journey runs against a mock of
 * its own that accepts the canary, so a real exchange happens and the tokens it issued are searched too.
 */
async function tokenMock(definition: ProviderDefinition): Promise<WebcrmMockHandle | null> {
  return definition.id === 'webcrm' ? startWebcrmMock() : null;
}

/** The forms an issued token travels in: the tokens themselves and the bearer header. */
function tokenSecrets(mock: WebcrmMockHandle | null): Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const [index, issued] of (mock?.issuedTokens() ?? []).entries()) {
    secrets[`AccessToken ${index}`] = issued.accessToken;
    secrets[`RefreshToken ${index}`] = issued.refreshToken;
    secrets[`Bearer header ${index}`] = `Bearer ${issued.accessToken}`;
  }
  return secrets;
}

for (const definition of Object.values(providerDefinitions)) {
  if (!definition) continue;
  const title = `${definition.name}: canary secrets and their derived forms leak nowhere`;
  test(title, async ({ app }) => {
    test.slow(); // Several sends against a mock, a save and an export.
    const mock = await tokenMock(definition);
    const input = profileInput(definition, mock ? mock.baseUrl : undefined);
    if (mock) mock.faults.applicationTokens = Object.values(input.secrets);
    const created = await invoke(app, 'profiles.create', input);
    expect(created.ok, JSON.stringify(created)).toBe(true);
    const profileId = (created.value as { id: string }).id;
    const endpointId = definition.catalog[0]?.id ?? null;
    const draft = {
      sandbox: definition.id,
      profileId,
      method: 'GET',
      url: '',
      query: [],
      headers: [],
      body: { kind: 'none' },
      provider: { endpointId, params: {} },
      transport: {},
    };

    expect((await invoke(app, 'request.preview', { draft })).ok).toBe(true);
    // Two refused logins (the canaries are wrong credentials), then the ban guard may ask to confirm.
    for (const n of [1, 2, 3]) await invoke(app, 'request.send', { requestId: `canary-${n}`, draft });
    // The catalog's own login call answers with fresh tokens in its body.
    const login = definition.catalog.find((endpoint) => /ApiLogin/i.test(endpoint.id));
    if (login) {
      const loginDraft = { ...draft, provider: { endpointId: login.id, params: {} } };
      await invoke(app, 'request.send', { requestId: 'canary-login', draft: loginDraft });
    }
    await invoke(app, 'profiles.testConnection', { profileId });
    await invoke(app, 'profiles.authState', { profileId });
    await invoke(app, 'profiles.tokenState', { profileId });
    expect((await invoke(app, 'collections.save', { name: 'Canary request', draft })).ok).toBe(true);
    const history = await invoke(app, 'history.list', {});
    for (const entry of (history.value as { id: string }[] | undefined) ?? [])
      await invoke(app, 'history.get', { id: entry.id });
    expect((await invoke(app, 'profiles.export', { ids: [profileId] })).ok).toBe(true);
    expect((await invoke(app, 'profiles.get', { id: profileId })).ok).toBe(true);

    // The renderer shows the history and the collection, so their DOM is searched too.
    await app.page
      .getByRole('navigation', { name: 'Sandboxes' })
      .getByRole('button', { name: definition.name })
      .click();

    const tokens = tokenSecrets(mock);
    // webCRM: the exchange happened (the login call and the profile's own sign-in), so tokens were at stake.
    if (mock) expect(Object.keys(tokens).length).toBeGreaterThanOrEqual(6);
    expect(await searchEverywhere(app, { ...input.secrets, ...tokens })).toEqual([]);
    // Main still holds the real values: the canaries were stored, not dropped.
    expect(app.main().services.vault.secretsFor(profileId)).toEqual(input.secrets);
    await mock?.close();
  });
}
