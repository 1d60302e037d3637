/** APSIS documents its key inside the base URL (`http://KEY:@host`): Parley accepts it and stores it as the secret. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apsisProvider } from '../../shared/providers/apsis/definition';
import { validateProfile } from '../../shared/profiles/validate';
import { bootMain, type BootedMain } from './vault-test-kit';

let dir: string;
let main: BootedMain;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-url-secret-'));
  main = bootMain(dir, randomBytes(32));
});
afterEach(async () => {
  await main.services.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

const apsisProfile = (baseUrl: string) => ({
  providerId: 'apsis' as const,
  name: 'From the docs',
  baseUrl,
  environment: 'live' as const,
  fields: { region: 'custom' },
  secrets: {},
  variables: [],
  notes: '',
});

describe('an APSIS base URL written http://KEY:@host', () => {
  it('passes validation as the user types it', () => {
    expect(validateProfile({ baseUrl: 'http://AbC-123:@se.api.anpdm.com/' }, apsisProvider.profileFields)).toEqual([]);
  });

  it('saves with the key moved into the API key secret and a URL without credentials', async () => {
    const created = await main.ok('profiles.create', apsisProfile('http://AbC-123:@se.api.anpdm.com:8443/'));
    expect(created.baseUrl).toBe('http://se.api.anpdm.com:8443/');
    expect(created.secrets.apiKey?.set).toBe(true);
    expect(JSON.stringify(created)).not.toContain('AbC-123');
    expect(main.services.vault.secretsFor(created.id)).toEqual({ apiKey: 'AbC-123' });
    const edited = await main.ok('profiles.update', {
      id: created.id,
      patch: { baseUrl: 'https://New-Key-9:@se.api.anpdm.com:8443/' },
    });
    expect(edited.baseUrl).toBe('https://se.api.anpdm.com:8443/');
    expect(main.services.vault.secretsFor(created.id)).toEqual({ apiKey: 'New-Key-9' });
  });

  it('still refuses credentials in the URL of a provider that documents none', () => {
    expect(validateProfile({ baseUrl: 'https://user:pw@api.example.com/' }, []).map((issue) => issue.message)).toEqual([
      'Put credentials in the profile fields, not in the URL: URLs end up in logs.',
    ]);
  });
});
