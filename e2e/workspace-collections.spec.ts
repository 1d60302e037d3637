import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';

const tree = (page: Page) => page.getByRole('list', { name: 'Saved requests' });
const names = (page: Page) => tree(page).locator('.collection-name').allTextContents();
const menu = async (page: Page, name: string) => {
  await tree(page).getByLabel(`Actions for ${name}`, { exact: true }).click();
  return tree(page).getByRole('group', { name: `${name} actions`, exact: true });
};

test('a collection tree two levels deep: reorder, move, rename, duplicate, delete and undo match the files, and a restart shows the same tree', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const dir = path.join(app.dataDir, 'collections');
  const read = (relative: string) => readFile(path.join(dir, relative), 'utf8');

  await page.getByRole('button', { name: 'Plain HTTP' }).click();
  for (const url of ['http://127.0.0.1:9/users', 'http://127.0.0.1:9/users/1', 'http://127.0.0.1:9/admins']) {
    if (url !== 'http://127.0.0.1:9/users')
      await page
        .getByRole('button', { name: /New request/ })
        .first()
        .click();
    await page.getByRole('textbox', { name: 'URL' }).fill(url);
    await page.keyboard.press('Control+s');
    // Named on first save after the endpoint, not "New request".
    await expect(
      tree(page).getByRole('button', { name: `GET 127.0.0.1:9${new URL(url).pathname}`, exact: true }),
    ).toBeVisible();
  }
  expect((await readdir(dir)).sort()).toEqual([
    'get-127-0-0-1-9-admins.yaml',
    'get-127-0-0-1-9-users-1.yaml',
    'get-127-0-0-1-9-users.yaml',
  ]);

  await page.getByRole('button', { name: 'New folder', exact: true }).click();
  await page.getByRole('button', { name: 'New folder in new-folder' }).click();
  await expect.poll(async () => readdir(path.join(dir, 'new-folder'))).toContain('new-folder');

  for (const [name, folder] of [
    ['GET 127.0.0.1:9/users', 'new-folder'],
    ['GET 127.0.0.1:9/users/1', 'new-folder'],
    ['GET 127.0.0.1:9/admins', 'new-folder/new-folder'],
  ] as const) {
    await (await menu(page, name)).getByLabel(`Move ${name} to folder`, { exact: true }).selectOption(folder);
    await expect(
      tree(page)
        .getByRole('list', { name: `Folder ${folder}`, exact: true })
        .getByRole('button', { name, exact: true }),
    ).toBeVisible();
  }
  expect((await readdir(dir)).sort()).toEqual(['new-folder']);
  expect((await readdir(path.join(dir, 'new-folder/new-folder'))).sort()).toEqual(['get-127-0-0-1-9-admins.yaml']);

  // Keyboard reorder: Alt+ArrowUp moves "users/1" above "users"; one order file records it.
  await expect
    .poll(() => names(page))
    .toEqual(['GET 127.0.0.1:9/users', 'GET 127.0.0.1:9/users/1', 'GET 127.0.0.1:9/admins']);
  await tree(page).getByRole('button', { name: 'GET 127.0.0.1:9/users/1', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => read('new-folder/folder.parley.yaml').catch(() => ''))
    .toBe('parley: 1\norder:\n  - get-127-0-0-1-9-users-1.yaml\n  - get-127-0-0-1-9-users.yaml\n  - new-folder/\n');

  // Inline rename: the name and the file name change, the place in the order stays.
  await (await menu(page, 'GET 127.0.0.1:9/users')).getByRole('button', { name: 'Rename' }).click();
  await tree(page).getByLabel('New name for GET 127.0.0.1:9/users').fill('All users');
  await page.keyboard.press('Enter');
  await expect(tree(page).getByRole('button', { name: 'All users', exact: true })).toBeVisible();
  expect(await read('new-folder/all-users.yaml')).toContain('name: All users');
  expect(await read('new-folder/folder.parley.yaml')).toContain(
    '  - get-127-0-0-1-9-users-1.yaml\n  - all-users.yaml\n',
  );

  await (await menu(page, 'GET 127.0.0.1:9/admins')).getByRole('button', { name: 'Duplicate' }).click();
  await expect(tree(page).getByRole('button', { name: 'GET 127.0.0.1:9/admins copy', exact: true })).toBeVisible();
  expect((await readdir(path.join(dir, 'new-folder/new-folder'))).sort()).toEqual([
    'get-127-0-0-1-9-admins-copy.yaml',
    'get-127-0-0-1-9-admins.yaml',
  ]);

  const bytes = await read('new-folder/new-folder/get-127-0-0-1-9-admins.yaml');
  await tree(page).getByRole('button', { name: 'Delete GET 127.0.0.1:9/admins', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted GET 127.0.0.1:9/admins.' })).toBeVisible();
  expect(await readdir(path.join(dir, 'new-folder/new-folder'))).toEqual(['get-127-0-0-1-9-admins-copy.yaml']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tree(page).getByRole('button', { name: 'GET 127.0.0.1:9/admins', exact: true })).toBeVisible();
  expect(await read('new-folder/new-folder/get-127-0-0-1-9-admins.yaml')).toBe(bytes);

  const before = await names(page);
  expect(before).toEqual([
    'GET 127.0.0.1:9/users/1',
    'All users',
    'GET 127.0.0.1:9/admins',
    'GET 127.0.0.1:9/admins copy',
  ]);
  await page.getByLabel('Filter saved requests').fill('admins');
  await expect.poll(() => names(page)).toEqual(['GET 127.0.0.1:9/admins', 'GET 127.0.0.1:9/admins copy']);
  await page.getByLabel('Filter saved requests').fill('');
  await app.screenshot('workspace-tree-light');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await (await menu(page, 'All users')).getByRole('button', { name: 'Rename' }).waitFor();
  await app.screenshot('workspace-tree-menu-dark');

  await app.restart();
  await expect.poll(() => names(app.page)).toEqual(before);
});
