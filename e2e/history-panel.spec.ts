/** The history panel: every send is listed newest first, searchable, re-openable, deletable, and survives a restart. */
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import { send as sendTo, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';

let server: LoopbackServer;
let origin: string;

test.beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    response
      .writeHead(request.url?.startsWith('/missing') ? 404 : 200, { 'content-type': 'application/json' })
      .end('{"ok":true}');
  });
  origin = server.origin;
});

test.afterAll(() => server.close());

const send = (page: Page, url: string) => sendTo(page, url, { awaitResponse: true });

test('sends are recorded newest first; search, re-open, delete and clear work and persist', async ({ app }) => {
  const { page } = app;
  await send(page, `${origin}/orders`);
  await send(page, `${origin}/missing/customers`);
  const list = page.getByRole('list', { name: 'History' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('404');
  await expect(list.getByRole('listitem').first()).toContainText('/missing/customers');
  await expect(list.getByRole('listitem').nth(1)).toContainText('/orders');

  await page.getByLabel('Search history').fill('orders');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await app.screenshot('history-search');

  // Re-open: a new tab with the recorded URL.
  const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  const before = await tabs.count();
  await list.getByRole('listitem').first().getByRole('button').first().click();
  await expect(tabs).toHaveCount(before + 1);
  await expect(page.getByRole('region', { name: 'Request' }).getByLabel('URL', { exact: true })).toHaveValue(
    `${origin}/orders`,
  );

  await page.getByLabel('Search history').fill('');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list
    .getByRole('button', { name: /Delete .* from history/ })
    .first()
    .click();
  await expect(list.getByRole('listitem')).toHaveCount(1);

  await app.restart();
  const restarted = app.page.getByRole('list', { name: 'History' });
  await expect(restarted.getByRole('listitem')).toHaveCount(1);
  await expect(restarted).toContainText('/orders');
  await app.page.getByRole('button', { name: 'Clear history…' }).click();
  await app.page.getByRole('button', { name: 'Delete all' }).click();
  await expect(app.page.getByText('History appears here once you send a request.')).toBeVisible();
});
