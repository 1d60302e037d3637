/**
 * Starts the built-in mock servers on demand. Demo profiles point at `mock://<provider>`; the first
 * request through one starts that provider's mock on a free loopback port.
 */
import type { ProviderId } from '../../shared/providers/types';
import type { MockServerHandle } from './http-kit';
import { mockModules } from './registry';

export const MOCK_SCHEME = 'mock://';

export interface MockManager {
  resolveBaseUrl(baseUrl: string): Promise<string>;
  start(id: ProviderId): Promise<MockServerHandle>;
  status(): { id: string; baseUrl: string | null }[];
  close(): Promise<void>;
}

export function createMockManager(): MockManager {
  const running = new Map<ProviderId, Promise<MockServerHandle>>();
  const start = (id: ProviderId): Promise<MockServerHandle> => {
    const existing = running.get(id);
    if (existing) return existing;
    const module = (mockModules as Partial<typeof mockModules>)[id];
    if (!module) return Promise.reject(new Error(`There is no built-in mock server for ${id}.`));
    const started = module.start();
    running.set(id, started);
    started.catch(() => running.delete(id));
    return started;
  };
  const settled = new Map<ProviderId, string>();
  return {
    async resolveBaseUrl(baseUrl) {
      if (!baseUrl.startsWith(MOCK_SCHEME)) return baseUrl;
      const rest = baseUrl.slice(MOCK_SCHEME.length);
      const id = rest.split('/')[0] as ProviderId;
      const handle = await start(id);
      settled.set(id, handle.baseUrl);
      return handle.baseUrl + rest.slice(id.length);
    },
    start,
    status: () => Object.keys(mockModules).map((id) => ({ id, baseUrl: settled.get(id as ProviderId) ?? null })),
    async close() {
      const handles = await Promise.allSettled(running.values());
      running.clear();
      await Promise.all(handles.map((h) => (h.status === 'fulfilled' ? h.value.close() : undefined)));
    },
  };
}
