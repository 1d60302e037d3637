import type { Locator, Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import { webcrmSqlSchema, findEntity } from '../shared/providers/webcrm/sql/schema';

interface ShownRow {
  readonly label: string;
  /** The label can be seen: the topmost element at its centre is the label itself (not cut off, not covered). */
  readonly labelSeen: boolean;
  readonly detail: string;
  readonly detailSeen: boolean;
  readonly focused: boolean;
}

/** The rows the suggestion list has rendered, and whether a user can actually see their label and detail. */
async function shownRows(widget: Locator): Promise<ShownRow[]> {
  return widget.locator('.monaco-list-row').evaluateAll((rows) => {
    const seen = (element: Element | null): boolean => {
      if (!element) return false;
      const rect = element.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) return false;
      const hit = document.elementFromPoint(rect.left + Math.min(rect.width / 2, 20), rect.top + rect.height / 2);
      return hit !== null && (hit === element || element.contains(hit));
    };
    return rows.map((row) => {
      const label = row.querySelector('.label-name');
      const detail = row.querySelector('.details-label');
      return {
        label: label?.textContent ?? '',
        labelSeen: seen(label),
        detail: detail?.textContent ?? '',
        detailSeen: seen(detail),
        focused: row.classList.contains('focused'),
      };
    });
  });
}

/** The editor's text as shown (Monaco renders spaces as non-breaking spaces). */
async function editorText(page: Page): Promise<string> {
  return ((await page.locator('.crm-sql-editor .monaco-editor .view-lines').textContent()) ?? '').replace(
    /\u00a0/g,
    ' ',
  );
}

async function openSqlEditor(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'webCRM' }).click();
  await page.locator('.catalog-item[title^="GET /Queries"]').click();
  await page.getByRole('tab', { name: 'SQL builder' }).click();
  const editor = page.locator('.crm-sql-editor .monaco-editor');
  await expect(editor).toBeVisible();
  await editor.locator('.view-lines').click({ force: true });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
}

const person = findEntity(webcrmSqlSchema, 'Person');
const personColumns = new Map((person?.columns ?? []).map((column) => [column.name, column]));
const tableNames = new Set(webcrmSqlSchema.entities.map((entity) => entity.name));

test('completion lists readable Person columns with their types after "SELECT Person.", and Enter inserts the chosen one', async ({
  app,
}) => {
  const { page } = app;
  expect(personColumns.get('PersonFirstName')?.type).toBe('string');
  await openSqlEditor(page);

  // Typed at full speed: every key lands (none is overwritten by the editor's own earlier text).
  await page.keyboard.type('SELECT Person.');
  await expect.poll(() => editorText(page)).toBe('SELECT Person.');

  const widget = page.locator('.monaco-editor .suggest-widget');
  await expect(widget).toBeVisible();
  await expect
    .poll(async () => {
      const rows = await shownRows(widget);
      return rows.length >= 3 && rows.every((row) => row.labelSeen && personColumns.has(row.label));
    })
    .toBe(true);
  const rows = await shownRows(widget);
  expect(rows.filter((row) => row.label.trim() !== '').length).toBeGreaterThanOrEqual(3);
  // The focused row shows the column's table and type beside its name.
  const focused = rows.find((row) => row.focused);
  expect(focused?.detailSeen).toBe(true);
  expect(focused?.detail).toMatch(
    new RegExp(`^Person · ${personColumns.get(focused?.label ?? '')?.type ?? 'no such column'}`),
  );

  await app.screenshot('webcrm-sql-completion');

  // Narrowing down to one column, then Enter.
  await page.keyboard.type('FirstNa');
  await expect
    .poll(async () => (await shownRows(widget)).find((row) => row.focused))
    .toEqual({ label: 'PersonFirstName', labelSeen: true, detail: 'Person · string', detailSeen: true, focused: true });
  await page.keyboard.press('Enter');
  await expect(widget).toBeHidden();
  await expect.poll(() => editorText(page)).toBe('SELECT Person.PersonFirstName');
  expect(app.consoleLog.filter((line) => line.startsWith('error') || line.startsWith('pageerror'))).toEqual([]);
});

test('after FROM only table names are offered, readable, and the chosen table completes a valid query', async ({
  app,
}) => {
  const { page } = app;
  await openSqlEditor(page);
  await page.keyboard.type('SELECT Person.PersonFirstName');
  await page.keyboard.press('Escape');
  await page.keyboard.type(' FROM ');
  await expect.poll(() => editorText(page)).toBe('SELECT Person.PersonFirstName FROM ');

  const widget = page.locator('.monaco-editor .suggest-widget');
  await expect(widget).toBeVisible();
  await expect
    .poll(async () => {
      const rows = await shownRows(widget);
      return rows.length >= 3 && rows.every((row) => row.labelSeen && tableNames.has(row.label));
    })
    .toBe(true);

  await page.keyboard.type('Organ');
  await expect.poll(async () => (await shownRows(widget)).map((row) => row.label)).toContain('Organisation');
  const organisation = (await shownRows(widget)).find((row) => row.label === 'Organisation');
  expect(organisation?.labelSeen).toBe(true);
  await app.screenshot('webcrm-sql-completion-tables');

  // Ctrl+Space asks again where nothing was typed: Person is offered, Enter completes the query.
  for (let i = 0; i < 'Organ'.length; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.press('Escape');
  await expect(widget).toBeHidden();
  await page.keyboard.press('Control+Space');
  await expect(widget).toBeVisible();
  await page.keyboard.type('Perso');
  await expect.poll(async () => (await shownRows(widget)).find((row) => row.focused)?.label).toBe('Person');
  await page.keyboard.press('Enter');
  await expect.poll(() => editorText(page)).toBe('SELECT Person.PersonFirstName FROM Person');
  await expect(page.getByTestId('sql-status')).toHaveText('The script is valid for /Queries.');
  await expect(page.getByLabel('Table', { exact: true })).toHaveValue('Person');

  // Dark theme: the labels stay readable.
  await page.keyboard.type(' WHERE Person.PersonL');
  await page.getByRole('button', { name: /Theme: / }).click();
  await page.getByRole('button', { name: /Theme: / }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('.crm-sql-editor .monaco-editor .view-lines').click({ force: true });
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Space');
  await expect
    .poll(async () => {
      const rows = await shownRows(widget);
      return (
        rows.length >= 3 &&
        rows[0]?.label.startsWith('PersonL') === true &&
        rows.every((row) => row.labelSeen && personColumns.has(row.label))
      );
    })
    .toBe(true);
  await app.screenshot('webcrm-sql-completion-dark');
  expect(app.consoleLog.filter((line) => line.startsWith('error') || line.startsWith('pageerror'))).toEqual([]);
});
