import { test, expect } from './harness/fixture';
import type { Page } from '@playwright/test';

/** Opens a wbTeamPro request (the Demo profile against the local mock) on the chain builder. */
async function openChainBuilder(page: Page) {
  await page
    .getByRole('navigation', { name: 'Sandboxes' })
    .getByRole('button', { name: /wbTeamPro/ })
    .click();
  await page.getByRole('navigation', { name: 'Most used endpoints' }).getByRole('button').first().click();
  await page.getByRole('tab', { name: 'Chain builder' }).click();
  const builder = page.getByRole('region', { name: 'wbTeamPro chain builder' });
  await expect(builder).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Profile' })).toHaveValue(/.+/);
  return builder;
}

const pick = (page: Page, block: string, choice: string | RegExp) =>
  page.getByRole('group', { name: block }).getByRole('button', { name: choice, exact: typeof choice === 'string' });

test('build projects → 100 → actions → json with clicks, send, then the same in XML, and page through timelogs', async ({
  app,
}) => {
  const { page } = app;
  await openChainBuilder(page);

  await pick(page, 'Resource', 'projects').click();
  await pick(page, 'Record id', '100').click();
  await pick(page, 'Sub-resource', 'actions').click();
  await pick(page, 'Format', 'json').click();
  await expect(page.getByTestId('wb-method-name')).toHaveText('getProjectActions');
  await expect(page.getByTestId('wb-allowed-verbs')).toHaveText('allows GET');
  await expect(page.getByRole('group', { name: 'HTTP method' }).getByRole('button', { name: 'PUT' })).toBeDisabled();
  await expect(page.getByTestId('wb-preview-url')).toContainText(
    '/modules/addons/wbteampro/api.php/v1/projects/100/actions/json?',
  );
  await expect(page.getByTestId('wb-preview-url')).toContainText(/password=••••$/);

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('wb-summary')).toHaveText(
    'Success: GET projects/100/actions — project, 6 actions (6 in all, page 1)',
  );
  await expect(page.getByRole('table', { name: 'project' })).toContainText('Website relaunch');
  await expect(page.getByRole('table', { name: 'actions' }).getByRole('row')).toHaveCount(7);
  await app.screenshot('wbteampro-actions-json');
  const jsonRows = await page.getByRole('table', { name: 'actions' }).innerText();

  await pick(page, 'Format', 'xml').click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByLabel('Envelope request block')).toContainText('XML');
  expect(await page.getByRole('table', { name: 'actions' }).innerText()).toBe(jsonRows);

  await pick(page, 'Sub-resource', 'timelogs').click();
  await pick(page, 'Format', 'json').click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('wb-paging')).toHaveText('total 75 · page 1 of 2 · limit 50 · offset 0');
  await page.getByRole('button', { name: 'Next page →' }).click();
  await expect(page.getByTestId('wb-paging')).toHaveText('total 75 · page 2 of 2 · limit 50 · offset 50');
  await expect(page.getByRole('table', { name: 'timelogs' }).getByRole('row')).toHaveCount(26);
  await app.screenshot('wbteampro-timelogs-page2');
});

test('a pasted URL fills the builder, and what it cannot read is pointed at', async ({ app }) => {
  const { page } = app;
  await openChainBuilder(page);
  const paste = page.getByLabel('Paste a chain or URL');

  await paste.fill('https://billing.example.com/modules/addons/wbteampro/api.php/v1/projcts/100/json');
  await page.getByRole('button', { name: 'Fill the builder' }).click();
  await expect(page.getByTestId('wb-paste-located').locator('mark')).toHaveText('projcts');

  await paste.fill('api.php?action=v1.timelogs.3001.json&params[timelog_note]=Call&method=put');
  await page.getByRole('button', { name: 'Fill the builder' }).click();
  await expect(page.getByTestId('wb-method-name')).toHaveText('updateTimelog');
  await expect(pick(page, 'URL style', /Direct/)).toHaveAttribute('aria-pressed', 'true');
  await expect(pick(page, 'Params style', /array/)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('timelog_note')).toHaveValue('Call');
  await expect(page.getByTestId('wb-preview-url')).toContainText('POST');
  await expect(page.getByTestId('wb-preview-body')).toHaveText('params[timelog_note]=Call');
});
