import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { migrateLegacyUserData, migrationNotice, PRODUCT_NAME, userDataOverride } from './user-data';

let appData: string;
beforeEach(() => (appData = mkdtempSync(path.join(os.tmpdir(), 'parley-appdata-'))));
afterEach(() => rmSync(appData, { recursive: true, force: true }));

describe('the data folder', () => {
  it('is named after the product, "Parley", as Electron names userData from productName', () => {
    expect(packageJson.productName).toBe(PRODUCT_NAME);
  });

  it('moves the old "parley" folder to "Parley" with everything in it, once', () => {
    const legacy = path.join(appData, 'parley');
    mkdirSync(path.join(legacy, 'history'), { recursive: true });
    writeFileSync(path.join(legacy, 'profiles.json'), '{"profiles":[]}');
    const migration = migrateLegacyUserData(appData);
    if (migration.kind === 'same-folder') return; // a case-insensitive file system: nothing to move
    expect(migration).toEqual({ kind: 'moved', from: legacy, to: path.join(appData, 'Parley') });
    expect(readFileSync(path.join(appData, 'Parley', 'profiles.json'), 'utf8')).toBe('{"profiles":[]}');
    expect(existsSync(path.join(appData, 'Parley', 'history'))).toBe(true);
    expect(migrationNotice(migration)?.detail).toContain('enter them again');
    expect(migrateLegacyUserData(appData)).toEqual({ kind: 'none' });
  });

  it('never overwrites an existing "Parley" folder with an old one', () => {
    mkdirSync(path.join(appData, 'parley'));
    mkdirSync(path.join(appData, 'Parley'));
    writeFileSync(path.join(appData, 'Parley', 'profiles.json'), 'new');
    const migration = migrateLegacyUserData(appData);
    if (migration.kind === 'same-folder') return;
    expect(migration.kind).toBe('both-exist');
    expect(readFileSync(path.join(appData, 'Parley', 'profiles.json'), 'utf8')).toBe('new');
  });

  it('does nothing on a fresh machine, and honours an absolute PARLEY_USER_DATA only', () => {
    expect(migrateLegacyUserData(appData)).toEqual({ kind: 'none' });
    expect(userDataOverride({ PARLEY_USER_DATA: '/tmp/x' })).toBe('/tmp/x');
    expect(userDataOverride({ PARLEY_USER_DATA: 'relative' })).toBeNull();
    expect(userDataOverride({})).toBeNull();
  });
});
