/**
 * Keep-alive pools, one per combination of the things that change how a socket is opened: TLS
 * verification, trusted authorities, connect timeout and proxy. A handful exist at most, so they are kept until close().
 */
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import type { Dispatcher, EnvHttpProxyAgent } from 'undici';
// The direct pool from its own file: undici's index also loads fetch, WebSocket, EventSource, caches and
// mocks, which a direct connection never uses (half of the CLI's start-up cost of undici). A proxy needs
// the whole package (its tunnel uses the `connect` API the index adds), so it is loaded with the first proxy.
import Agent from 'undici/lib/dispatcher/agent.js';
import { createTimedConnector } from './connector';

export interface DispatcherKey {
  readonly verifyTls: boolean;
  readonly connectTimeoutMs: number;
  /** settings.proxyUrl; empty means no explicit proxy. */
  readonly proxyUrl: string;
  /** settings.useSystemProxy: without an explicit proxy, the environment's proxy variables apply. */
  readonly useSystemProxy: boolean;
  /** settings.caFile: a PEM file of extra authorities; empty means the system's only. */
  readonly caFile: string;
}

export interface DispatcherCache {
  get(key: DispatcherKey): Promise<{ dispatcher: Dispatcher; proxied: boolean }>;
  close(): Promise<void>;
}

function environmentHasProxy(): boolean {
  const env = process.env;
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}

export function createDispatcherCache(): DispatcherCache {
  const pools = new Map<string, { dispatcher: Dispatcher; proxied: boolean }>();
  let proxyAgent: Promise<typeof EnvHttpProxyAgent> | null = null;
  return {
    async get(key) {
      const proxied = key.proxyUrl !== '' || (key.useSystemProxy && environmentHasProxy());
      const id = `${key.verifyTls}|${key.connectTimeoutMs}|${key.proxyUrl}|${proxied}|${key.caFile}`;
      const ProxyAgent = proxied
        ? await (proxyAgent ??= import('undici').then((undici) => undici.EnvHttpProxyAgent))
        : null;
      let entry = pools.get(id);
      if (!entry) {
        // Read once per pool: a changed file takes effect when the setting is chosen again.
        const ca = key.caFile ? [...rootCertificates, readFileSync(key.caFile, 'utf8')] : undefined;
        const common = {
          connect: createTimedConnector({ verifyTls: key.verifyTls, timeoutMs: key.connectTimeoutMs, ca }),
          connectTimeout: key.connectTimeoutMs,
          keepAliveTimeout: 30_000,
          // The engine enforces its own header/body deadlines (the total timeout), so undici's are off.
          headersTimeout: 0,
          bodyTimeout: 0,
        };
        const dispatcher: Dispatcher = ProxyAgent
          ? new ProxyAgent({
              ...common,
              ...(key.proxyUrl ? { httpProxy: key.proxyUrl, httpsProxy: key.proxyUrl } : {}),
              requestTls: { rejectUnauthorized: key.verifyTls, ...(ca ? { ca } : {}) },
            })
          : new Agent(common);
        entry = { dispatcher, proxied };
        pools.set(id, entry);
      }
      return entry;
    },
    async close() {
      const all = [...pools.values()];
      pools.clear();
      await Promise.all(all.map(({ dispatcher }) => dispatcher.close().catch(() => dispatcher.destroy())));
    },
  };
}
