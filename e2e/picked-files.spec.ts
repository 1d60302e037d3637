import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness/fixture';
import { send, startLoopbackServer } from './harness/loopback-server';

test('a file body comes from main’s open dialog, and the collection folder from its folder dialog', async ({ app }) => {
  const { page } = app;
  const received: string[] = [];
  const server = await startLoopbackServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push(body);
      response.end('stored');
    });
  });
  try {
    const upload = path.join(app.dataDir, 'upload.txt');
    await writeFile(upload, 'picked in the dialog');
    app.dialogs.script.openFile = () => upload;

    await page.keyboard.press('Control+t');
    await page.getByRole('tab', { name: 'Body' }).click();
    await page.getByLabel('Body').selectOption('file');
    await expect(page.getByText('No file chosen.')).toBeVisible();
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect(page.getByText('File: upload.txt')).toBeVisible();
    await app.screenshot('body-file-picked-light');
    await send(page, `${server.origin}/upload`, { awaitResponse: true });
    expect(received).toEqual(['picked in the dialog']);
    // The page only ever held a token: no IPC input names the file's folder.
    const inputs = app.ipcLog.filter((record) => !record.channel.startsWith('event:')).map((record) => record.input);
    expect(JSON.stringify(inputs)).not.toContain(app.dataDir);

    const folder = path.join(app.dataDir, 'team-collection');
    app.dialogs.script.openFolder = () => folder;
    await page.getByRole('button', { name: 'Change folder…' }).click();
    await expect(page.locator('.folder-path')).toHaveText(folder);
    expect(app.dialogs.asked.map((asked) => asked.kind)).toEqual(['openFile', 'openFolder']);
  } finally {
    await server.close();
  }
});
