/**
 * A form-body field unticked stays as a disabled row, as headers and query rows do, and is not sent.
 */
import { test, expect } from './harness/fixture';
import { send, startLoopbackServer } from './harness/loopback-server';

test('unticking a form-body field keeps its row, disabled, and sends the others only', async ({ app }) => {
  const received: string[] = [];
  const server = await startLoopbackServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(body);
      response.end('ok');
    });
  });
  try {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Sandboxes' }).getByRole('button', { name: 'Plain HTTP' }).click();
    await page.getByRole('region', { name: 'Request' }).getByRole('combobox', { name: 'Method' }).selectOption('POST');
    await page.getByRole('tab', { name: 'Body' }).click();
    await page.getByRole('combobox', { name: 'Body' }).selectOption('form');
    const table = page.getByRole('table', { name: 'Form field' });
    await table.getByLabel('Form field name 1').fill('keep');
    await table.getByLabel('Form field value 1').fill('1');
    await table.getByLabel('Form field name 2').fill('drop');
    await table.getByLabel('Form field value 2').fill('2');

    await table.getByRole('checkbox', { name: 'Send drop' }).uncheck();
    await expect(table.getByLabel('Form field name 2')).toHaveValue('drop');
    await expect(table.getByRole('checkbox', { name: 'Send drop' })).not.toBeChecked();
    await expect(table.getByLabel('Form field value 2')).toHaveValue('2');
    await app.screenshot('ux-form-body-disabled-row');

    await send(page, `${server.origin}/form`, { awaitResponse: true });
    expect(received).toEqual(['keep=1']);
    await table.getByRole('checkbox', { name: 'Send drop' }).check();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => received.length).toBe(2);
    expect(received[1]).toBe('keep=1&drop=2');
  } finally {
    await server.close();
  }
});
