/**
 * Every provider through the real UI, on a fresh data folder: the Demo profile is there, a catalog call
 * comes back as an interpreted success, and a documented error is shown with the provider's message.
 * Also produces the workbench screenshots for each provider, light and dark (e2e-artifacts/, not committed).
 */
import type { Page } from '@playwright/test';
import { providerIds, providerModules } from '../shared/providers/registry';
import type { ProviderId } from '../shared/providers/types';
import { test, expect } from './harness/fixture';

/** Per provider: a catalog call its Demo answers, and one the provider itself refuses. */
interface Stop {
  readonly ok: RegExp;
  /** An endpoint and parameter values the provider itself refuses (a record that does not exist, an unknown product). */
  readonly failing: RegExp;
  readonly failingParams: Readonly<Record<string, string>>;
}

/** Keyed by the registry's ids: a provider added to the registry does not compile here until it has a stop. */
const stops: Record<ProviderId, Stop> = {
  apwt: { ok: /List sign-up boxes/, failing: /Get a sign-up box/, failingParams: { boxid: '999999' } },
  wbteampro: { ok: /Return a Project List/, failing: /Return a Project$/, failingParams: { project_id: '999999' } },
  'whmcs-clientapi': {
    ok: /Get client details/,
    failing: /Order a cPanel license/,
    failingParams: { product: 'No such product', ip: '203.0.113.9', billingcycle: 'Monthly' },
  },
  apsis: {
    ok: /^GET Get mailing lists$/,
    failing: /Get mailing list details/,
    failingParams: { mailinglistId: '999999' },
  },
  webcrm: {
    ok: /Returns all persons/,
    failing: /^GET Returns person with specified id$/,
    failingParams: { id: '999999' },
  },
};

const tour = providerIds.map((id) => ({
  ...stops[id],
  slug: id,
  sandbox: providerModules[id].sandbox.name,
  catalog: `${providerModules[id].definition.name} catalog`,
}));

async function setParam(page: Page, name: string, value: string) {
  const field = page.getByLabel(new RegExp(`^${name}\\b`));
  if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value);
}

async function openFromCatalog(page: Page, stop: { readonly catalog: string }, name: RegExp) {
  const catalog = page.getByRole('list', { name: stop.catalog });
  await page.getByRole('searchbox', { name: /Search .* endpoints/ }).fill('');
  // An entry whose details the reference leaves open is named "… (details assumed)" for screen readers.
  const entry = new RegExp(name.source.replace(/\$$/, '( \\(details assumed\\))?$'));
  await catalog.getByRole('button', { name: entry }).first().click();
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
