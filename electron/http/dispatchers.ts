/**
 * Keep-alive pools, one per combination of the things that change how a socket is opened: TLS
 * verification, connect timeout and proxy. A handful exist at most, so they are kept until close().
 */
import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici';
import { createTimedConnector } from './connector';

export interface DispatcherKey {
  readonly verifyTls: boolean;
  readonly connectTimeoutMs: number;
  /** settings.proxyUrl; empty means the environment decides. */
  readonly proxyUrl: string;
}

export interface DispatcherCache {
  get(key: DispatcherKey): { dispatcher: Dispatcher; proxied: boolean };
  close(): Promise<void>;
}

function environmentHasProxy(): boolean {
  const env = process.env;
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}

export function createDispatcherCache(): DispatcherCache {
  const pools = new Map<string, { dispatcher: Dispatcher; proxied: boolean }>();
  return {
    get(key) {
      const proxied = key.proxyUrl !== '' || environmentHasProxy();
      const id = `${key.verifyTls}|${key.connectTimeoutMs}|${key.proxyUrl}|${proxied}`;
      let entry = pools.get(id);
      if (!entry) {
        const common = {
          connect: createTimedConnector({ verifyTls: key.verifyTls, timeoutMs: key.connectTimeoutMs }),
          connectTimeout: key.connectTimeoutMs,
          keepAliveTimeout: 30_000,
          // The engine enforces its own header/body deadlines (the total timeout), so undici's are off.
          headersTimeout: 0,
          bodyTimeout: 0,
        };
        const dispatcher: Dispatcher = proxied
          ? new EnvHttpProxyAgent({
              ...common,
              ...(key.proxyUrl ? { httpProxy: key.proxyUrl, httpsProxy: key.proxyUrl } : {}),
              requestTls: { rejectUnauthorized: key.verifyTls },
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
