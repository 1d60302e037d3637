import { test, expect } from './harness/fixture';

// A blank provider tab opens its parameters as a form: the first click on a provider never waits for
// Monaco. Here the editor's chunk never arrives at all, and every provider still shows its form.
test('the first click on each provider shows its parameters form without the code editor', async ({ app }) => {
  test.slow(); // six sandboxes opened in turn
  const { page } = app;
  const editorRequests: string[] = [];
  await page.route(/CodeEditor-.*\.js$/, (route) => {
    editorRequests.push(route.request().url());
    // Never answered: an editor shown on a first click would say "Loading editor…" for ever.
  });
  const providers = ['AllProWebTools', 'WHMCS Client API', 'APSIS Pro', 'webCRM'];
  for (const name of providers) {
    await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(
      page.getByRole('group', { name: 'Parameters view' }).getByRole('button', { name: 'Form' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Pick an endpoint from the catalog for its parameters')).toBeVisible();
    await expect(page.getByText('Loading editor…')).toHaveCount(0);
    if (name === 'APSIS Pro') await app.screenshot('first-click-blank-provider-form');
  }
  // wbTeamPro opens on its chain builder, also without the editor.
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'wbTeamPro' }).click();
  await expect(page.getByRole('tab', { name: 'Chain builder', selected: true })).toBeVisible();
  await expect(page.getByText('Loading editor…')).toHaveCount(0);
  await app.screenshot('first-click-provider-form');

  // Raw JSON is one click away and is the one place that needs the editor.
  await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'APSIS Pro' }).click();
  await page.getByRole('button', { name: 'Raw JSON' }).click();
  await expect(page.getByText('Loading editor…')).toBeVisible();
  expect(editorRequests.length).toBeGreaterThan(0);
});
