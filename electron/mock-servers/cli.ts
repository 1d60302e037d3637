/**
 * `npm run mock`: starts every provider's mock server on loopback and prints one JSON line with their
 * base URLs, then serves until interrupted. `--port-base 4100` gives fixed ports (4100, 4101, …).
 */
import { mockServers } from './registry';
import type { MockServerHandle } from './http-kit';

const portBaseArg = process.argv.indexOf('--port-base');
const portBase = portBaseArg > 0 ? Number(process.argv[portBaseArg + 1]) : 0;
if (portBaseArg > 0 && !(Number.isInteger(portBase) && portBase > 0 && portBase < 65000)) {
  console.error('--port-base needs a port number, e.g. --port-base 4100');
  process.exit(2);
}

const entries = Object.entries(mockServers);
const handles: MockServerHandle[] = [];
const urls: Record<string, string> = {};
for (const [index, [id, start]] of entries.entries()) {
  const handle = await start(portBase ? { port: portBase + index } : {});
  handles.push(handle);
  urls[id] = handle.baseUrl;
}
console.log(JSON.stringify(urls));

const stop = async () => {
  await Promise.all(handles.map((handle) => handle.close()));
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
