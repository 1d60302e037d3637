/**
 * The keyboard-only journey: palette → "Get mailing lists" → send → the response's Headers → filter the
 * body → save under a name. No mouse; after every step the focused element is the one the next step needs.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

/** What has focus, described as a user would find it: role, accessible label, text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'BODY', role: '', label: '', text: '', selected: '' };
    return {
      tag: element.tagName,
      role: element.getAttribute('role') ?? '',
      label: element.getAttribute('aria-label') ?? '',
      text: (element.textContent ?? '').trim().slice(0, 80),
      selected: element.getAttribute('aria-selected') ?? '',
    };
  });

test('keyboard only: open the palette, pick "Get mailing lists", send, read its headers, filter the body, save it by name', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await expect(page.getByRole('navigation', { name: 'Sandboxes' })).toBeVisible();

  await page.keyboard.press('Control+k');
  expect(await focused(page)).toMatchObject({ role: 'combobox', label: /jump to/i });

  await page.keyboard.type('Get mailing lists');
  // Down to the exact item, whatever its rank: the highlighted option is the combobox's active descendant.
  const activeOption = () =>
    page.evaluate(() => {
      const input = document.activeElement;
      const id = input?.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.textContent ?? '') : '';
    });
  const wanted = /Get mailing lists.*GET \/v1\/mailinglists\/\{pageNumber\}\/\{pageSize\}$/;
  for (let step = 0; step < 10 && !wanted.test(await activeOption()); step += 1) await page.keyboard.press('ArrowDown');
  expect(await activeOption()).toMatch(wanted);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
  await expect(page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab', { selected: true })).toContainText(
    'Get mailing lists',
  );
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'INPUT', label: 'Path' });
  await expect(page.getByTestId('active-profile')).toContainText('Demo');

  await page.keyboard.press('Control+Enter');
  const response = page.getByRole('region', { name: 'Response' });
  await expect(response.getByTestId('interpretation')).toHaveClass(/outcome-ok/, { timeout: 20_000 });
  expect(await focused(page)).toMatchObject({ tag: 'INPUT', label: 'Path' });

  await page.keyboard.press('Control+Shift+E');
  expect(await focused(page)).toMatchObject({ role: 'tab', text: 'Pretty', selected: 'true' });
  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toMatchObject({ role: 'tab', text: 'Raw', selected: 'true' });
  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toMatchObject({ role: 'tab', text: /^Headers/, selected: 'true' });
  await expect(response.getByRole('table', { name: 'Response headers' })).toContainText(/content-type/i);

  await page.keyboard.press('Home');
  expect(await focused(page)).toMatchObject({ role: 'tab', text: 'Pretty', selected: 'true' });
  // Tab leaves the tab list (one stop: roving tabindex) and reaches the filter after the body actions.
  for (let step = 0; step < 8 && (await focused(page)).label !== 'Filter with JSONPath'; step += 1)
    await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'INPUT', label: 'Filter with JSONPath' });
  await page.keyboard.type('$..Name');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('filter-result')).toContainText('"');
  expect(await focused(page)).toMatchObject({ tag: 'INPUT', label: 'Filter with JSONPath' });

  await page.keyboard.press('Control+Shift+S');
  const dialog = page.getByRole('dialog', { name: 'Save request as' });
  await expect(dialog).toBeVisible();
  expect(await focused(page)).toMatchObject({ tag: 'INPUT' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Newsletter lists');
  await app.screenshot('ux-keyboard-save-as');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  expect(await focused(page)).toMatchObject({ tag: 'INPUT', label: 'Filter with JSONPath' });
  await expect(
    page.getByRole('list', { name: 'Saved requests' }).getByRole('button', { name: 'Newsletter lists', exact: true }),
  ).toBeVisible();
  await expect
    .poll(async () => (await readdir(path.join(app.dataDir, 'collections'))).filter((f) => f.endsWith('.yaml')))
    .toEqual(['newsletter-lists.yaml']);
  await expect(page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab', { selected: true })).toContainText(
    'Newsletter lists',
  );
});
