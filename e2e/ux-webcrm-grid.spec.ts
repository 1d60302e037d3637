/**
 * The webCRM results grid as a daily user finds it: an earlier query's filters do not hide a new query's
 * rows, a short page has no next page, an empty result still shows its columns, and a script that is not
 * SQL is not sent.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

async function openQueries(page: Page) {
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'webCRM' }).click();
  await page.locator('.catalog-item[title^="GET /Queries"]').click();
  await expect(page.getByTestId('active-profile')).toContainText('Demo');
  await page.getByRole('tab', { name: 'SQL builder' }).click();
  const editor = page.locator('.crm-sql-editor .monaco-editor');
  await expect(editor).toBeVisible();
  return async (sql: string) => {
    await page.keyboard.press('Escape');
    await editor.locator('.view-lines').click({ force: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(sql);
    await page.keyboard.press('Escape');
  };
}

const sends = (app: { ipcLog: { channel: string }[] }) =>
  app.ipcLog.filter((record) => record.channel === 'request.send').length;

async function sendAndWait(page: Page, app: { ipcLog: { channel: string }[] }) {
  const before = sends(app);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect.poll(() => sends(app)).toBe(before + 1);
}

test('a filter from an earlier query does not hide the next query’s rows', async ({ app }) => {
  const { page } = app;
  const typeSql = await openQueries(page);
  await typeSql('SELECT Organisation.OrganisationName, Organisation.OrganisationCity FROM Organisation');
  await sendAndWait(page, app);
  const count = page.getByTestId('grid-count');
  await expect(count).toContainText('rows', { timeout: 20_000 });
  await page.getByRole('textbox', { name: 'Filter OrganisationCity' }).fill('no such city');
  await expect(count).toContainText(/^0 of \d+ rows/);

  await typeSql('SELECT Person.PersonId, Person.PersonFirstName FROM Person');
  await sendAndWait(page, app);
  await expect(page.getByRole('button', { name: 'Sort by PersonFirstName' })).toBeVisible({ timeout: 20_000 });
  await expect(count).toHaveText(/^\d+ rows · page 1$/);
  await expect(page.getByRole('textbox', { name: 'Filter PersonFirstName' })).toHaveValue('');
  await app.screenshot('ux-webcrm-grid-new-query');
});

test('a short page has no next page; an empty result shows its columns; a script that is not SQL is not sent', async ({
  app,
}) => {
  const { page } = app;
  const typeSql = await openQueries(page);
  await typeSql('SELECT Person.PersonId FROM Person WHERE Person.PersonId < 8');
  await sendAndWait(page, app);
  const count = page.getByTestId('grid-count');
  await expect(count).toHaveText('7 rows · page 1', { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Next page →' })).toHaveCount(0);

  await typeSql('SELECT Person.PersonId, Person.PersonFirstName FROM Person WHERE Person.PersonId < 0');
  await sendAndWait(page, app);
  await expect(count).toHaveText('0 rows · page 1', { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Sort by PersonId' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sort by PersonFirstName' })).toBeVisible();
  await app.screenshot('ux-webcrm-grid-empty-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('ux-webcrm-grid-empty-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await typeSql('SELEC * FROM Person');
  const before = sends(app);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Not sent' });
  await expect(banner).toContainText('not valid SQL');
  await expect(banner.getByRole('button', { name: 'Send anyway' })).toHaveCount(0);
  expect(sends(app)).toBe(before);
  await app.screenshot('ux-webcrm-invalid-sql');
});
