/**
 * The packaging configuration (electron-builder.ts): the fuses a packaged Parley ships with, what goes
 * into the asar, and the three platforms. Building packages needs an Electron download; this checks the
 * configuration that build reads.
 */
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import config, { renderOnlyPackages } from '../electron-builder';

describe('the packaging configuration', () => {
  it('flips the fuses: no Node mode, NODE_OPTIONS, --inspect or file:// privileges; asar integrity, asar only, encrypted cookies', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    expect(config.asar).toBe(true);
  });

  it('builds Linux, macOS and Windows packages named Parley, with the sandbox helper installed (no --no-sandbox)', () => {
    expect(config.productName).toBe(packageJson.productName);
    expect(config.linux?.target).toEqual(['deb', 'rpm']);
    expect(config.mac?.target).toEqual(expect.arrayContaining(['dmg']));
    expect(config.win?.target).toEqual(['nsis']);
    expect(JSON.stringify(config)).not.toContain('no-sandbox');
    expect(packageJson.scripts.dist).toContain('electron-builder');
  });

  it('packs the built main, preload and renderer without source maps, and leaves renderer-only packages out', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', '!**/*.map']));
    expect(packageJson.main).toBe('dist/electron/main.mjs');
    for (const name of renderOnlyPackages) {
      expect(Object.keys(packageJson.dependencies)).toContain(name);
      expect(config.files).toContain(`!node_modules/${name}/**`);
    }
    // Main's JSONPath worker thread (dist/electron/jsonpath-worker.mjs) imports it at run time.
    expect(renderOnlyPackages).not.toContain('jsonpath-plus');
  });
});
