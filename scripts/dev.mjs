// `npm run dev`: the Vite dev server with hot reload, and Electron pointed at it.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';
import { exitIfSandboxCannotStart } from './linux-sandbox.mjs';

const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';

await new Promise((resolve, reject) => {
  const build = spawn(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
  build.on('exit', (code) =>
    code === 0 ? resolve(undefined) : reject(new Error(`build-electron exited with ${code}`)),
  );
});

const electronBinary = (await import('electron')).default;
exitIfSandboxCannotStart(electronBinary);
const app = spawn(electronBinary, ['.'], { stdio: 'inherit', env: { ...process.env, PARLEY_DEV_URL: url } });
app.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
