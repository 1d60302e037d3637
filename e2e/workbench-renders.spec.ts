import { test, expect } from './harness/fixture';
import { nextFrame, readRenders, renderCounterScript } from './harness/render-counter';

// React's own commits, counted through the DevTools hook in the shipped build: a key typed into one tab's
// URL re-renders that request line, not the sidebar, tab bar, status bar or the other tabs.
test('typing a URL with ten tabs open re-renders only the edited request line', async ({ app }) => {
  const { page } = app;
  await page.addInitScript({ content: renderCounterScript });
  await app.reload();
  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  for (let i = 1; i < 10; i += 1) await page.keyboard.press('Control+t');
  await expect(page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab')).toHaveCount(10);
  const url = page.getByRole('textbox', { name: 'URL' });
  await url.click();
  await url.pressSequentially('http://');
  await nextFrame(page);
  await readRenders(page);

  const typed = 'example.test/items';
  for (const key of typed) await page.keyboard.type(key);
  await nextFrame(page);
  const counts = await readRenders(page);

  await expect(url).toHaveValue(`http://${typed}`);
  expect(counts.commits).toBe(typed.length);
  expect(counts.renders / typed.length).toBeLessThanOrEqual(3);
  // The tab shows it has unsaved changes, and the other tabs kept their blank URL.
  await expect(page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab', { selected: true })).toContainText(
    '●',
  );
  await page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab').first().click();
  await expect(url).toHaveValue('');
});
