/** Starts every mock of a registry at once: `npm run mock`, and tests that need them all. */
import type { MockServerHandle } from './http-kit';
import type { MockModules } from './registry';

export interface RunningMocks {
  /** Provider id → base URL. */
  readonly urls: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/** With a port base, each mock listens on `portBase + portSlot`; without, on a free port. */
export async function startAllMocks<Id extends string>(
  modules: MockModules<Id>,
  portBase: number | null,
): Promise<RunningMocks> {
  const handles: MockServerHandle[] = [];
  const urls: Record<string, string> = {};
  const close = () => Promise.all(handles.map((handle) => handle.close())).then(() => undefined);
  try {
    for (const id of Object.keys(modules) as Id[]) {
      const module = modules[id];
      const handle = await module.start(portBase === null ? {} : { port: portBase + module.portSlot });
      handles.push(handle);
      urls[id] = handle.baseUrl;
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { urls, close };
}
