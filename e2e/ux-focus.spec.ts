/**
 * Keyboard focus goes where the next action is: never left on BODY after the palette, a send or Escape;
 * skip links first in the Tab order; Ctrl+L and Ctrl+Shift+E; arrow keys in every tab list.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    return element.getAttribute('aria-label') || (element.textContent ?? '').trim();
  });

async function openMailingLists(page: Page) {
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'APSIS Pro' }).click();
  await page
    .getByRole('list', { name: 'APSIS Pro catalog' })
    .getByRole('button', { name: /^GET Get mailing lists$/ })
    .click();
  await expect(page.getByTestId('active-profile')).toContainText('Demo');
}

test('skip links come first; Ctrl+L reaches the URL and Ctrl+Shift+E the response', async ({ app }) => {
  const { page } = app;
  await openMailingLists(page);
  // From the top of the document, as after a reload.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Skip to the request (Ctrl+L)');
  await app.screenshot('ux-focus-skip-link');
  await page.keyboard.press('Enter');
  expect(await focusedLabel(page)).toBe('Path');

  await page.getByRole('button', { name: 'Send', exact: true }).focus();
  await page.keyboard.press('Control+l');
  expect(await focusedLabel(page)).toBe('Path');

  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('region', { name: 'Response' }).getByTestId('interpretation')).toHaveClass(/outcome-ok/, {
    timeout: 20_000,
  });
  await page.keyboard.press('Control+Shift+E');
  await expect(
    page.getByRole('region', { name: 'Response' }).getByRole('tab', { name: 'Pretty', selected: true }),
  ).toBeFocused();
});

test('after a palette pick, a send from nowhere and Escape, focus is on the next thing to use, not BODY', async ({
  app,
}) => {
  const { page } = app;
  await openMailingLists(page);
  await page.getByRole('textbox', { name: 'Path', exact: true }).focus();

  // Escape closes the palette and returns focus where it was.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: /jump to/i })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
  await expect.poll(() => focusedLabel(page)).toBe('Path');

  // A pick opens its tab with focus in its URL.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Get all filters');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab', { selected: true })).toContainText(
    'Get all filters',
  );
  await expect.poll(() => focusedLabel(page)).toBe('Path');

  // Ctrl+Enter with focus nowhere: when the response arrives, focus is on it.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('region', { name: 'Response' }).getByTestId('interpretation')).toBeVisible({
    timeout: 20_000,
  });
  await expect.poll(() => focusedLabel(page)).not.toBe('BODY');
  expect(await page.evaluate(() => document.activeElement?.closest('[aria-label="Response"]') !== null)).toBe(true);
});

test('arrow keys move through the request sections, the response views and the open tabs (one Tab stop each)', async ({
  app,
}) => {
  const { page } = app;
  await openMailingLists(page);
  const sections = page.getByRole('tablist', { name: 'Request sections' });
  await sections.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(sections.getByRole('tab', { name: 'Headers' })).toBeFocused();
  await expect(sections.getByRole('tab', { name: 'Headers' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table', { name: 'Header' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(sections.getByRole('tab', { name: 'Docs' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(sections.getByRole('tab', { name: 'Params' })).toBeFocused();
  expect(await sections.locator('[role="tab"][tabindex="0"]').count()).toBe(1);

  await page.keyboard.press('Control+t');
  const open = page.getByRole('tablist', { name: 'Open requests' });
  await expect(open.getByRole('tab')).toHaveCount(2);
  await open.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(open.getByRole('tab', { name: /Get mailing lists/ })).toBeFocused();
  await expect(open.getByRole('tab', { name: /Get mailing lists/ })).toHaveAttribute('aria-selected', 'true');
});
