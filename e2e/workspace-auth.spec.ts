import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import { startLoopbackServer } from './harness/loopback-server';

const TOKEN_LIFE_S = 25;
/** Parley renews a token this close to its expiry (oauth2-tokens.ts). */
const RENEW_MARGIN_S = 10;

const request = (page: Page) => page.getByRole('region', { name: 'Request' });

async function historyText(dataDir: string): Promise<string> {
  const dir = path.join(dataDir, 'history');
  const names = (await readdir(dir)).filter((name) => name.startsWith('segment-'));
  return (await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')))).join('\n');
}

test('Plain HTTP Bearer and OAuth2 client credentials: one token fetch, reuse, renewal after expiry; a typed Bearer header is redacted in history and YAML', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const bearerCanary = `CANARY-bearer-${randomUUID()}`;
  const headerCanary = `CANARY-header-${randomUUID()}`;
  const grants: string[] = [];
  const apiAuth: string[] = [];
  const server = await startLoopbackServer((req, res) => {
    if (req.url === '/token') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        grants.push(form.get('grant_type') ?? '');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            access_token: `access-${grants.length}`,
            refresh_token: `refresh-${grants.length}`,
            token_type: 'Bearer',
            expires_in: TOKEN_LIFE_S,
          }),
        );
      });
      return;
    }
    apiAuth.push(req.headers.authorization ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Plain HTTP' }).click();
    const send = async () => {
      const before = apiAuth.length;
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect.poll(() => apiAuth.length).toBe(before + 1);
      await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
    };

    // Bearer helper, the token typed in clear.
    await request(page).getByLabel('URL', { exact: true }).fill(`${server.origin}/api/bearer`);
    await request(page).getByRole('tab', { name: 'Auth' }).click();
    await request(page).getByLabel('Auth type').selectOption('bearer');
    await request(page).getByLabel('Token', { exact: true }).fill(bearerCanary);
    await expect(request(page).getByTestId('request-preview')).toContainText('Authorization: Bearer ••••');
    await send();
    expect(apiAuth.at(-1)).toBe(`Bearer ${bearerCanary}`);

    // OAuth 2.0 client credentials.
    await page.getByRole('button', { name: 'New request (Ctrl+T)' }).click();
    await request(page).getByLabel('URL', { exact: true }).fill(`${server.origin}/api/oauth`);
    await request(page).getByRole('tab', { name: 'Auth' }).click();
    await request(page).getByLabel('Auth type').selectOption('oauth2');
    await request(page).getByLabel('Token URL').fill(`${server.origin}/token`);
    await request(page).getByLabel('Client ID').fill('parley-client');
    await request(page).getByLabel('Client secret').fill('client-secret-value');
    await expect(request(page).getByTestId('oauth-token-life')).toHaveText(
      'No access token yet: the first send fetches one.',
    );
    await send();
    await app.screenshot('workspace-auth-oauth-light');
    await expect(request(page).getByTestId('oauth-token-life')).toHaveText(/^Access token: \d+ s left$/);
    const fetchedAt = Date.now();
    await send();
    expect(grants).toEqual(['client_credentials']);
    expect(apiAuth.slice(-2)).toEqual(['Bearer access-1', 'Bearer access-1']);

    // Past the renewal point, the next send renews with the refresh token.
    const renewAt = fetchedAt + (TOKEN_LIFE_S - RENEW_MARGIN_S) * 1000 + 1000;
    await page.waitForTimeout(Math.max(0, renewAt - Date.now()));
    await send();
    expect(grants).toEqual(['client_credentials', 'refresh_token']);
    expect(apiAuth.at(-1)).toBe('Bearer access-2');

    // An Authorization header typed by hand: offered a move, redacted in history and in the saved file anyway.
    await page.getByRole('button', { name: 'New request (Ctrl+T)' }).click();
    await request(page).getByLabel('URL', { exact: true }).fill(`${server.origin}/api/typed`);
    await request(page).getByRole('tab', { name: 'Headers' }).click();
    await request(page).getByLabel('Header name 1').fill('Authorization');
    await request(page).getByLabel('Header value 1').fill(`Bearer ${headerCanary}`);
    await expect(request(page).getByRole('button', { name: 'Move to a secret variable' })).toBeVisible();
    await send();
    expect(apiAuth.at(-1)).toBe(`Bearer ${headerCanary}`);
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('list', { name: 'Saved requests' })).toContainText('GET 127.0.0.1');
    const collectionDir = path.join(app.dataDir, 'collections');
    const [saved] = (await readdir(collectionDir)).filter((name) => name.endsWith('.yaml') && name.includes('typed'));
    const yaml = await readFile(path.join(collectionDir, saved ?? ''), 'utf8');
    expect(yaml).toContain('Authorization');
    expect(yaml).not.toContain(headerCanary);

    const history = await historyText(app.dataDir);
    expect(history).toContain('/api/typed');
    for (const secret of [bearerCanary, headerCanary, 'client-secret-value', 'access-1', 'access-2'])
      expect(history, secret).not.toContain(secret);
  } finally {
    await server.close();
  }
});
