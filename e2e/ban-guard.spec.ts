/**
 * wbTeamPro bans the client IP after three failed logins. After two, Parley asks before sending again,
 * naming the risk; refused, nothing is sent.
 */
import { test, expect } from './harness/fixture';

test('after two failed wbTeamPro logins the third send asks first, and "Don\'t send" sends nothing', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'wbTeamPro' }).click();
  await page
    .getByRole('list', { name: 'wbTeamPro catalog' })
    .getByRole('button', { name: /Return a Project List/ })
    .click();
  await expect(page.getByTestId('active-profile')).toContainText('Demo');

  // The user mistypes the password: a write-only secret change, as the profile manager sends it.
  const demo = await page.evaluate(async () => {
    const list = await window.parley.invoke('profiles.list', { providerId: 'wbteampro' });
    if (!list.ok) throw new Error(list.error.message);
    const profile = (list.value as { id: string }[])[0];
    if (!profile) throw new Error('no demo profile');
    await window.parley.invoke('profiles.update', {
      id: profile.id,
      patch: { secrets: { password: 'not-the-password' } },
    });
    return profile.id;
  });

  const interpretation = page.getByRole('region', { name: 'Response' }).getByTestId('interpretation');
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    await page.keyboard.press('Control+Enter');
    await expect(interpretation).toHaveClass(/outcome-error/, { timeout: 20_000 });
    await expect(
      page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab', { selected: true }),
    ).not.toContainText('sending');
    await expect.poll(() => app.main().services.vault.authFailures(demo)).toBe(attempt);
  }
  const historyBefore = (await app.main().services.history.list({ limit: 100 })).length;

  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('alertdialog', { name: 'Send with a failing login?' });
  await expect(dialog).toContainText('A third failure bans this IP on the server');
  // It names the profiles whose logins failed on this host.
  await expect(dialog).toContainText('"Demo"');
  await app.screenshot('ban-guard-confirmation');
  // The safe answer has the focus, and Escape gives it.
  await expect(dialog.getByRole('button', { name: 'Don’t send' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+Enter');
  await dialog.getByRole('button', { name: 'Don’t send' }).click();
  await expect(dialog).toBeHidden();

  expect((await app.main().services.history.list({ limit: 100 })).length).toBe(historyBefore);
  expect(app.main().services.vault.authFailures(demo)).toBe(2);
});
