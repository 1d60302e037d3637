import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness/fixture';
import { seedTables } from '../electron/mock-servers/webcrm/seed';

test('with clicks only: persons joined to their organisations starting with N, sorted; the grid and its CSV show the right rows', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'webCRM' }).click();
  await page.locator('.catalog-item[title^="GET /Queries"]').click();
  await page.getByRole('tab', { name: 'SQL builder' }).click();

  await page.getByLabel('Table', { exact: true }).selectOption('Person');
  await page
    .getByLabel('Add a join')
    .selectOption({ label: 'Organisation — Person.PersonOrganisationId = Organisation.OrganisationId' });
  for (const column of ['Person.PersonId', 'Person.PersonName', 'Organisation.OrganisationName'])
    await page.getByLabel(`Column ${column}`, { exact: true }).check();

  await page.getByRole('button', { name: '+ Condition' }).click();
  await expect(page.getByLabel('Condition 1 column')).toHaveValue('Organisation.OrganisationName');
  await expect(page.getByLabel('Condition 1 operator')).toHaveValue('starts with');
  await page.getByLabel('Condition 1 value').fill('N');

  await page.getByRole('button', { name: '+ Sort' }).click();
  await page.getByLabel('Sort 1 column').selectOption('Organisation.OrganisationName');
  await page.getByRole('button', { name: '+ Sort' }).click();
  await page.getByLabel('Sort 2 column').selectOption('Person.PersonId');
  await page.getByLabel('Sort 2 direction').selectOption('DESC');
  await page.getByLabel('Size', { exact: true }).fill('100');

  const sql =
    "SELECT Person.PersonId, Person.PersonName, Organisation.OrganisationName FROM Person JOIN Organisation ON (Person.PersonOrganisationId = Organisation.OrganisationId) WHERE Organisation.OrganisationName LIKE 'N%' ORDER BY Organisation.OrganisationName ASC, Person.PersonId DESC";
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('SELECT Person.PersonId');
  await expect(page.getByTestId('sql-status')).toHaveText('The script is valid for /Queries.');
  await app.screenshot('webcrm-sql-builder');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Query results' });
  await expect(grid).toBeVisible();

  // What the seeded webCRM holds: persons of organisations whose name starts with N, sorted like the query.
  const tables = seedTables();
  const organisations = new Map(
    (tables.get('Organisation') ?? []).map((o) => [o.OrganisationId, String(o.OrganisationName)]),
  );
  const expected = (tables.get('Person') ?? [])
    .filter((p) => /^n/i.test(organisations.get(p.PersonOrganisationId) ?? ''))
    .map((p) => [String(p.PersonId), String(p.PersonName), organisations.get(p.PersonOrganisationId) ?? ''])
    .sort((a, b) => (a[2] ?? '').localeCompare(b[2] ?? '') || Number(b[0]) - Number(a[0]));
  expect(expected.length).toBeGreaterThan(3);
  await expect(page.getByTestId('grid-count')).toHaveText(`${expected.length} rows · page 1`);
  const bodyRows = grid.locator('.crm-grid-body [role="row"]');
  await expect(bodyRows).toHaveCount(expected.length);
  const shown = await bodyRows.evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('[role="gridcell"]')].map((cell) => cell.textContent ?? '')),
  );
  expect(shown).toEqual(expected);
  const sent = app.ipcLog.find((record) => record.channel === 'request.send');
  expect(JSON.stringify(sent?.input)).toContain(JSON.stringify(sql).slice(1, -1));
  await app.screenshot('webcrm-results-grid');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const csvRows = csv
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  expect(csvRows).toEqual([['PersonId', 'PersonName', 'OrganisationName'], ...shown]);

  // Sorting by a header and filtering a column are the grid's own, over the same rows.
  await grid.getByRole('button', { name: 'Sort by PersonName' }).click();
  await expect(grid.getByRole('columnheader', { name: /PersonName/ })).toHaveAttribute('aria-sort', 'ascending');
  await grid.getByLabel('Filter OrganisationName').fill('nimbus');
  await expect(bodyRows).toHaveCount(expected.filter((row) => row[2] === 'Nimbus Cloud').length);

  await page.getByRole('button', { name: /Theme: / }).click();
  await page.getByRole('button', { name: /Theme: / }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.screenshot('webcrm-results-grid-dark');
  expect(app.consoleLog.filter((line) => line.startsWith('error') || line.startsWith('pageerror'))).toEqual([]);
});

test('SQL typed in the editor updates the builder; what it cannot show, INSERT and unknown columns are explained before sending', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'webCRM' }).click();
  await page.locator('.catalog-item[title^="GET /Queries"]').click();
  await page.getByRole('tab', { name: 'SQL builder' }).click();
  const editor = page.locator('.crm-sql-editor .monaco-editor');
  await expect(editor).toBeVisible();

  const typeSql = async (sql: string) => {
    // Completion suggestions may be open over the text from the previous query: close them first.
    await page.keyboard.press('Escape');
    await editor.locator('.view-lines').click({ force: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(sql);
  };

  await typeSql(
    "SELECT Organisation.OrganisationName FROM Organisation WHERE Organisation.OrganisationCity = 'Malmö' ORDER BY Organisation.OrganisationName DESC",
  );
  await expect(page.getByLabel('Table', { exact: true })).toHaveValue('Organisation');
  await expect(page.getByLabel('Condition 1 value')).toHaveValue('Malmö');
  await expect(page.getByLabel('Sort 1 direction')).toHaveValue('DESC');

  await typeSql('SELECT COUNT(*) FROM Person');
  await expect(page.getByTestId('hand-written')).toContainText('hand-written query');

  await typeSql('/* sneaky */ insert INTO Person (PersonFirstName) VALUES (1)');
  await expect(page.getByTestId('sql-problems')).toHaveText(
    "Line 1, column 14: INSERT is not allowed: webCRM's /Queries runs any SQL except INSERT.",
  );
  await expect(editor.locator('.squiggly-error')).toHaveCount(1);

  await typeSql('SELECT PersonShoeSize FROM Person');
  await expect(page.getByTestId('sql-problems')).toHaveText(
    'Line 1, column 8: No table of this query has a column PersonShoeSize',
  );
  await app.screenshot('webcrm-sql-problems');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.locator('.crm-grid-message')).toHaveText("Invalid column name 'PersonShoeSize'.");
});

test('a full page of 1000 rows is virtualised: few rows in the DOM, the last one reachable by scrolling, next page one click away', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'webCRM' }).click();
  await page.locator('.catalog-item[title^="GET /Queries"]').click();
  await page.getByRole('tab', { name: 'SQL builder' }).click();
  const editor = page.locator('.crm-sql-editor .monaco-editor');
  await editor.locator('.view-lines').click();
  await page.keyboard.insertText(
    'SELECT Person.PersonId, Person.PersonName, Activity.ActivityId, Activity.ActivityDescription FROM Person JOIN Activity ON (Person.PersonId >= Activity.ActivityId)',
  );
  await page.getByLabel('Size', { exact: true }).fill('1000');
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  const grid = page.getByRole('grid', { name: 'Query results' });
  await expect(page.getByTestId('grid-count')).toHaveText('1000 rows · page 1');
  const rendered = await grid.locator('.crm-grid-body [role="row"]').count();
  expect(rendered).toBeLessThan(80);
  await grid.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  const lastRow = grid.locator('.crm-grid-body [role="row"][aria-rowindex="1002"]');
  await expect(lastRow.getByRole('rowheader')).toHaveText('1000');
  // Rows scrolled in reuse the DOM of rows scrolled out: a click still selects the cell under the pointer.
  await lastRow.getByRole('gridcell').nth(1).click();
  await expect(lastRow.getByRole('gridcell').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(
    grid.locator('.crm-grid-body [role="row"][aria-rowindex="1001"]').getByRole('gridcell').nth(1),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(grid.locator('[role="gridcell"][aria-selected="true"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Next page →' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText(/rows · page 2$/);
});

test('a built query saved with Ctrl+S is a collection file; reopened, the builder shows it again', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'webCRM' }).click();
  await page.locator('.catalog-item[title^="GET /Queries"]').click();
  await page.getByRole('tab', { name: 'SQL builder' }).click();
  await page.getByLabel('Table', { exact: true }).selectOption('Organisation');
  await page.getByLabel('Column Organisation.OrganisationName', { exact: true }).check();
  await page.getByRole('button', { name: '+ Condition' }).click();
  await page.getByLabel('Condition 1 column').selectOption('Organisation.OrganisationName');
  await page.getByLabel('Condition 1 value').fill("O'Brien & Söhne");
  await expect(page.getByTestId('sql-status')).toHaveText('The script is valid for /Queries.');

  await page.keyboard.press('Control+s');
  const dir = path.join(app.dataDir, 'collections');
  await expect.poll(async () => (await readdir(dir)).filter((f) => f.endsWith('.yaml')).length).toBe(1);
  const file = (await readdir(dir)).find((f) => f.endsWith('.yaml')) ?? '';
  // The escaped value is in the file as the SQL webCRM receives: the quote doubled.
  expect(await readFile(path.join(dir, file), 'utf8')).toContain("O''Brien & Söhne");

  await page.keyboard.press('Control+w');
  // Named after its tables, so saved queries are told apart in the list.
  expect(file).toBe('query-organisation.yaml');
  await page
    .getByRole('list', { name: 'Saved requests' })
    .getByRole('button', { name: 'Query: Organisation', exact: true })
    .click();
  await page.getByRole('tab', { name: 'SQL builder' }).click();
  await expect(page.getByLabel('Table', { exact: true })).toHaveValue('Organisation');
  await expect(page.getByLabel('Column Organisation.OrganisationName', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Condition 1 value')).toHaveValue("O'Brien & Söhne");
  await app.screenshot('webcrm-saved-query-reopened');
});
