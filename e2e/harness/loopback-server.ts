/**
 * What e2e specs share for talking to real HTTP: a loopback server with the spec's own routes, and
 * `send`, which types a URL into the request editor (opening a new request first when none is open) and
 * presses Send.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page } from '@playwright/test';

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

export async function startLoopbackServer(listener: http.RequestListener): Promise<LoopbackServer> {
  const server = http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface SendOptions {
  /** Wait until the response's status line shows (leave off when the send is expected to fail). */
  readonly awaitResponse?: boolean;
}

export async function send(page: Page, url: string, options: SendOptions = {}): Promise<void> {
  if (!(await page.getByRole('region', { name: 'Request' }).isVisible()))
    await page.getByRole('button', { name: /New request/ }).click();
  await page.getByRole('region', { name: 'Request' }).getByLabel('URL', { exact: true }).fill(url);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  if (options.awaitResponse) await expect(page.getByTestId('response-status')).toBeVisible();
}
