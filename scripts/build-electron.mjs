// Bundles the Electron shell: main as ESM (dependencies stay in node_modules), the sandboxed preload
// as one self-contained CommonJS file (a sandboxed preload can require only 'electron').
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'info' };

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist/electron/main.mjs',
  format: 'esm',
  packages: 'external',
});

// The JSONPath worker thread, loaded by main from beside it (electron/http/jsonpath-runner.ts).
await build({
  ...common,
  entryPoints: ['electron/http/jsonpath-worker.ts'],
  outfile: 'dist/electron/jsonpath-worker.mjs',
  format: 'esm',
  packages: 'external',
});

await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
