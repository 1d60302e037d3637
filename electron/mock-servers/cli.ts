/**
 * `npm run mock`: starts every provider's mock server on loopback and prints one JSON line with their
 * base URLs, then serves until interrupted. `--port-base 4100` gives fixed ports (4100 + each mock's slot).
 */
import { mockModules } from './registry';
import { startAllMocks } from './start-all';

const portBaseArg = process.argv.indexOf('--port-base');
const portBase = portBaseArg > 0 ? Number(process.argv[portBaseArg + 1]) : null;
if (portBase !== null && !(Number.isInteger(portBase) && portBase > 0 && portBase < 65000)) {
  console.error('--port-base needs a port number, e.g. --port-base 4100');
  process.exit(2);
}

const running = await startAllMocks(mockModules, portBase);
console.log(JSON.stringify(running.urls));

const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
