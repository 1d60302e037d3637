/**
 * wbTeamPro as a daily user finds it: the chain builder's record id is what is sent, and a response reads
 * once (one summary, one paging bar, the status line on top).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

async function openReturnAProject(page: Page) {
  await page
    .getByRole('navigation', { name: 'Sandboxes' })
    .getByRole('button', { name: /wbTeamPro/ })
    .click();
  await page
    .getByRole('list', { name: 'wbTeamPro catalog' })
    .getByRole('button', { name: /Return a Project( \(details assumed\))?$/ })
    .first()
    .click();
  await expect(page.getByTestId('active-profile')).toContainText('Demo');
}

const countText = (page: Page, text: string) =>
  page
    .getByRole('region', { name: 'Response' })
    .evaluate((element, needle) => (element as HTMLElement).innerText.split(needle).length - 1, text);

test('"Return a Project": the id 100 the builder shows is in the Path field, the preview and the request sent', async ({
  app,
}) => {
  const { page } = app;
  await openReturnAProject(page);
  const builder = page.getByRole('region', { name: 'wbTeamPro chain builder' });
  await expect(builder.getByRole('group', { name: 'Record id' }).getByRole('button', { name: '100' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('wb-preview-url')).toContainText('/projects/100/json');
  await expect(page.getByRole('textbox', { name: 'Path', exact: true })).toHaveValue(/projects\/100\/json/);
  await expect(page.getByRole('tablist', { name: 'Open requests' }).getByLabel('unsaved changes')).toHaveCount(0);

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('wb-summary')).toContainText('Success: GET projects/100', { timeout: 20_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'Not sent' })).toHaveCount(0);
  const send = app.ipcLog.find((record) => record.channel === 'request.send');
  expect(JSON.stringify(send?.output)).toContain('/projects/100/json');
  await app.screenshot('ux-wbteampro-return-a-project');
});

test('a wbTeamPro response reads once: one summary, one paging bar, "Record Not Found" once, the status line first', async ({
  app,
}) => {
  const { page } = app;
  await openReturnAProject(page);
  const builder = page.getByRole('region', { name: 'wbTeamPro chain builder' });
  await builder
    .getByRole('group', { name: 'Sub-resource' })
    .getByRole('button', { name: 'timelogs', exact: true })
    .click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const response = page.getByRole('region', { name: 'Response' });
  await expect(page.getByTestId('wb-paging')).toHaveText('total 75 · page 1 of 2 · limit 50 · offset 0', {
    timeout: 20_000,
  });
  await expect(response.getByTestId('wb-summary')).toHaveCount(1);
  await expect(response.getByTestId('interpretation')).toHaveCount(1);
  await expect(response.getByRole('button', { name: /Next page/ })).toHaveCount(1);
  const status = await response.getByTestId('response-status').boundingBox();
  const summary = await response.getByTestId('wb-summary').boundingBox();
  expect(status && summary && status.y < summary.y).toBe(true);
  await app.screenshot('ux-wbteampro-timelogs-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('ux-wbteampro-timelogs-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await builder
    .getByRole('group', { name: 'Sub-resource' })
    .getByRole('button', { name: /none|—/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Path', exact: true }).fill('api.php/v1/projects/999999/json');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(response.getByTestId('wb-summary')).toContainText('Record Not Found', { timeout: 20_000 });
  expect(await countText(page, 'Record Not Found')).toBe(1);
  await app.screenshot('ux-wbteampro-not-found');
});
