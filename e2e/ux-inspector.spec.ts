/**
 * The inspector on bodies that are not what they claim: an invalid JSONPath says where it breaks, an
 * invalid JSON body is shown raw with the parse error's place, HTML after a void element nests right,
 * HTML previews in a sandboxed frame, and an image body shows as an image.
 */
import { test, expect } from './harness/fixture';
import { send, startLoopbackServer, type LoopbackServer } from './harness/loopback-server';
import { rgbPng } from './harness/png';

let server: LoopbackServer;
const html =
  '<html><head><title>t</title></head><body><p>Hello <img src="x.png"> there</p><div id="after">After</div><script>document.body.append("SCRIPT-RAN")</script></body></html>';

test.beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    if (request.url === '/good.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"items":[{"id":1},{"id":2}]}');
    } else if (request.url === '/bad.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"a": 1,, }');
    } else if (request.url === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(rgbPng([[[0xff, 0, 0]]]));
    }
  });
});
test.afterAll(async () => server.close());

test('an invalid JSONPath says it is invalid and where', async ({ app }) => {
  const { page } = app;
  await send(page, `${server.origin}/good.json`, { awaitResponse: true });
  await page.getByLabel('Filter with JSONPath').fill('$..[');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const result = page.getByTestId('filter-result');
  await expect(result).toContainText(/invalid JSONPath/i);
  await expect(result).toContainText(/position 4|character 4/);
});

test('an invalid JSON body is shown raw with where it fails to parse', async ({ app }) => {
  const { page } = app;
  await send(page, `${server.origin}/bad.json`, { awaitResponse: true });
  const problem = page.getByRole('region', { name: 'Response' }).getByText(/not valid JSON/);
  await expect(problem).toBeVisible();
  await expect(problem).toContainText(/line 1, column 9/);
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('{"a": 1,, }');
  await app.screenshot('ux-inspector-invalid-json');
});

test('HTML: pretty keeps nesting after <img>, Preview renders it in a sandboxed frame without scripts', async ({
  app,
}) => {
  const { page } = app;
  await send(page, `${server.origin}/page.html`, { awaitResponse: true });
  const response = page.getByRole('region', { name: 'Response' });
  const pretty = response.locator('.inspector-monaco .view-lines');
  await expect(pretty).toContainText('<div id="after">');
  const lines = (await pretty.innerText()).replace(/\u00a0/g, ' ').split('\n');
  const indent = (start: string) => lines.find((line) => line.trimStart().startsWith(start))?.search(/\S/);
  expect(indent('<div id="after">')).toBe(indent('<p>'));
  await response.getByRole('tab', { name: 'Preview' }).click();
  const frame = response.locator('iframe[title="HTML preview"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(frame.contentFrame().locator('#after')).toHaveText('After');
  await expect(frame.contentFrame().locator('body')).toContainText('Hello');
  await expect(frame.contentFrame().locator('body')).not.toContainText('SCRIPT-RAN');
  await app.screenshot('ux-inspector-html-preview');
});

test('an image body shows as an image', async ({ app }) => {
  const { page } = app;
  await send(page, `${server.origin}/pixel.png`, { awaitResponse: true });
  const image = page.getByRole('region', { name: 'Response' }).getByRole('img', { name: /Image body/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(1);
});
