/**
 * Axe over the main screens in both themes: every sandbox, a response, the profile manager, the settings
 * screen and the open palette. No serious or critical violation may remain.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sandboxes } from '../shared/providers/sandboxes';
import { test, expect, type ParleyApp } from './harness/fixture';
import { send, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';

let server: LoopbackServer;
test.beforeAll(async () => {
  server = await startLoopbackServer((_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"items":[{"id":1,"name":"Ada"}]}');
  });
});
test.afterAll(async () => server.close());

interface Finding {
  readonly screen: string;
  readonly rule: string;
  readonly help: string;
  readonly targets: string[];
}

async function seriousViolations(page: Page, screen: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page })
    // Monaco's own DOM (its hidden input, its line layers) is the editor library's, not Parley's.
    .exclude('.monaco-editor')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

async function useTheme(app: ParleyApp, theme: 'light' | 'dark') {
  await app.main().router.dispatch('settings.update', { theme }, { senderUrl: app.server.origin });
  await app.reload();
  await expect(app.page.locator('.app')).toHaveAttribute('data-applied-theme', theme);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the main screens in the ${theme} theme`, async ({ app }) => {
    test.setTimeout(600_000);
    const { page } = app;
    const findings: Finding[] = [];
    const check = async (screen: string) => findings.push(...(await seriousViolations(page, screen)));
    await useTheme(app, theme);
    for (const sandbox of sandboxes) {
      await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: sandbox.name }).click();
      await page.keyboard.press('Control+t');
      await expect(page.getByRole('region', { name: 'Request' })).toBeVisible();
      await check(`${sandbox.name} sandbox`);
    }
    await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'Plain HTTP' }).click();
    await send(page, `${server.origin}/items`, { awaitResponse: true });
    await check('a response');
    await app.screenshot(`ux-axe-response-${theme}`);

    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('manage profiles');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: /Profiles/ })).toBeVisible();
    await check('profiles');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: /Profiles/ })).toBeHidden();

    await page.keyboard.press('Control+Comma');
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await check('settings');
    await app.screenshot(`ux-settings-${theme}`);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('get');
    await check('palette');
    await app.screenshot(`ux-palette-${theme}`);
    expect(findings).toEqual([]);
  });
}
