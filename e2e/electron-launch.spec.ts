/**
 * Launches the real Electron app where an Electron binary exists. These machines cannot download one
 * (see ENVIRONMENT.md), so here the spec is skipped and says why.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { _electron as electron, test, expect } from '@playwright/test';

function electronBinary(): string | null {
  try {
    // The electron package's main export is the binary's path; it throws when the binary is missing.
    const require = createRequire(import.meta.url);
    const pathFile = require.resolve('electron/path.txt');
    return existsSync(pathFile) ? (require('electron') as string) : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary)
  console.log('[electron-launch] skipped: no Electron binary on this machine (npm start downloads it on first run).');

test('the Electron app opens its window on the built renderer with the secure settings', async () => {
  test.skip(
    !binary || !existsSync('dist/electron/main.mjs'),
    'No Electron binary here, or the app is not built (npm run build).',
  );
  const app = await electron.launch({ args: ['.'], executablePath: binary ?? undefined });
  const window = await app.firstWindow();
  await expect(window.getByRole('navigation', { name: 'Sandboxes' })).toBeVisible();
  // The page must not see Node: no require, no process, only the bridge.
  expect(await window.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  expect(await window.evaluate(() => Object.keys((window as unknown as { parley: object }).parley).sort())).toEqual([
    'invoke',
    'on',
  ]);
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await app.close();
});
