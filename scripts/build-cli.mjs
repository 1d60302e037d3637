// Bundles the headless CLI into ESM chunks with its dependencies inlined, so `parley` starts without
// resolving hundreds of modules (tsx compiled it on every start: ~1 s). Each verb is its own chunk.
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function buildCli({ outdir = 'dist/cli', write = true } = {}) {
  return build({
    entryPoints: { parley: 'electron/cli/parley.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minifyWhitespace: true,
    metafile: true,
    write,
    logLevel: 'warning',
    // jsonc-parser's "main" is a UMD build whose require() of its own files esbuild cannot follow; its ESM build bundles.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __parleyRequire } from 'node:module'; const require = __parleyRequire(import.meta.url);",
    },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
