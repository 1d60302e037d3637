/** The sidebar: resized by dragging or with the arrow keys, collapsed and shown again, remembered after a restart. */
import { test, expect } from './harness/fixture';

test('the sidebar resizes, collapses and is remembered', async ({ app }) => {
  const { page } = app;
  const sidebar = page.getByRole('complementary', { name: 'Sidebar' });
  const width = async () => Math.round((await sidebar.boundingBox())?.width ?? 0);
  expect(await width()).toBe(272);
  const splitter = page.getByRole('separator', { name: 'Resize sidebar' });
  const box = await splitter.boundingBox();
  if (!box) throw new Error('no splitter');
  await page.mouse.move(box.x + 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 122, box.y + 200, { steps: 4 });
  await page.mouse.up();
  expect(await width()).toBeGreaterThan(360);
  await splitter.focus();
  const dragged = await width();
  await page.keyboard.press('ArrowLeft');
  expect(await width()).toBe(dragged - 16);
  await app.screenshot('ux-layout-wide-sidebar');

  await page.getByRole('button', { name: 'Hide sidebar' }).click();
  await expect(page.getByRole('navigation', { name: 'Sandboxes' })).toBeHidden();
  expect(await width()).toBeLessThan(40);
  await app.screenshot('ux-layout-collapsed');
  await app.reload();
  await expect(page.getByRole('button', { name: 'Show sidebar' })).toBeVisible();
  await page.keyboard.press('Control+b');
  await expect(page.getByRole('navigation', { name: 'Sandboxes' })).toBeVisible();
  expect(await width()).toBe(dragged - 16);
});
