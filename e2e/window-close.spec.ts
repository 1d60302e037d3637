import { test, expect } from './harness/fixture';
import { send, startLoopbackServer } from './harness/loopback-server';

// A reload (or a closing window) during a send cancels the send: main drops the connection, and the new
// page comes up at once instead of waiting on work for a page that is gone.
test('a reload during a send cancels it, and the window comes back ready', async ({ app }) => {
  const { page } = app;
  let dropped = false;
  const server = await startLoopbackServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('first bytes of an answer that never ends\n');
    req.socket.on('close', () => (dropped = true));
  });
  try {
    await page.getByRole('button', { name: 'Plain HTTP' }).click();
    await send(page, `${server.origin}/never-ends`);
    await expect(page.getByText('1 request in flight')).toBeVisible();

    await page.reload();
    await expect(page.getByTestId('connection')).toHaveText('Ready');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plain HTTP');
    await expect.poll(() => dropped, { timeout: 15_000 }).toBe(true);
    const cancels = app.ipcLog.filter((record) => record.channel === 'request.cancel');
    expect(cancels).toHaveLength(1);
    expect(cancels[0]?.output).toMatchObject({ ok: true, value: { cancelled: true } });
  } finally {
    await server.close();
  }
});
