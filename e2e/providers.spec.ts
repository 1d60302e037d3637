/**
 * Every provider through the real UI, on a fresh data folder: the Demo profile is there, a catalog call
 * comes back as an interpreted success, and a documented error is shown with the provider's message.
 * Also produces the workbench screenshots for each provider, light and dark (e2e-artifacts/, not committed).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

interface Stop {
  readonly sandbox: string;
  readonly slug: string;
  readonly catalog: string;
  readonly ok: RegExp;
  /** An endpoint and parameter values the provider itself refuses (a record that does not exist, an unknown product). */
  readonly failing: RegExp;
  readonly failingParams: Readonly<Record<string, string>>;
}

const tour: Stop[] = [
  {
    sandbox: 'AllProWebTools',
    slug: 'apwt',
    catalog: 'AllProWebTools catalog',
    ok: /List sign-up boxes/,
    failing: /Get a sign-up box/,
    failingParams: { boxid: '999999' },
  },
  {
    sandbox: 'wbTeamPro',
    slug: 'wbteampro',
    catalog: 'wbTeamPro catalog',
    ok: /Return a Project List/,
    failing: /Return a Project$/,
    failingParams: { project_id: '999999' },
  },
  {
    sandbox: 'WHMCS Client API',
    slug: 'whmcs-clientapi',
    catalog: 'WHMCS Client API catalog',
    ok: /Get client details/,
    failing: /Order a cPanel license/,
    failingParams: { product: 'No such product', ip: '203.0.113.9', billingcycle: 'Monthly' },
  },
  {
    sandbox: 'APSIS Pro',
    slug: 'apsis',
    catalog: 'APSIS Pro catalog',
    ok: /^GET Get mailing lists$/,
    failing: /Get mailing list details/,
    failingParams: { mailinglistId: '999999' },
  },
  {
    sandbox: 'webCRM',
    slug: 'webcrm',
    catalog: 'webCRM catalog',
    ok: /Returns all persons/,
    failing: /^GET Returns person with specified id$/,
    failingParams: { id: '999999' },
  },
];

async function setParam(page: Page, name: string, value: string) {
  const field = page.getByLabel(new RegExp(`^${name}\\b`));
  if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value);
}

async function openFromCatalog(page: Page, stop: Stop, name: RegExp) {
  const catalog = page.getByRole('list', { name: stop.catalog });
  await page.getByRole('searchbox', { name: /Search .* endpoints/ }).fill('');
  await catalog.getByRole('button', { name }).first().click();
  const title = name.source.replace(/^\^GET |\$$/g, '');
  await expect(
    page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab', { selected: true }),
  ).toHaveAccessibleName(new RegExp(title));
  await expect(page.getByTestId('active-profile')).toContainText('Demo');
}

for (const stop of tour) {
  test(`${stop.sandbox}: Demo profile, an interpreted success, then a documented error with the provider's message`, async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await page.getByRole('button', { name: /Theme: system/ }).click();
    await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: stop.sandbox }).click();
    await openFromCatalog(page, stop, stop.ok);
    await page.keyboard.press('Control+Enter');
    const interpretation = page.getByRole('region', { name: 'Response' }).getByTestId('interpretation');
    await expect(interpretation).toHaveClass(/outcome-ok/, { timeout: 20_000 });
    await app.screenshot(`provider-${stop.slug}-light`);

    await openFromCatalog(page, stop, stop.failing);
    for (const [name, value] of Object.entries(stop.failingParams)) await setParam(page, name, value);
    await page.keyboard.press('Control+Enter');
    await expect(interpretation).toHaveClass(/outcome-error/, { timeout: 20_000 });
    await expect(interpretation).not.toHaveText('');

    await page.getByRole('button', { name: /Theme: light/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab').first().click();
    await expect(interpretation).toHaveClass(/outcome-ok/);
    await app.screenshot(`provider-${stop.slug}-dark`);
  });
}
