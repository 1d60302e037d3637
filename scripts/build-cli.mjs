// Bundles the headless CLI into ESM chunks with its dependencies inlined, so `parley` starts without
// resolving hundreds of modules (tsx compiled it on every start: ~1 s). Each verb is its own chunk.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Writes the build's files and removes every other file in `outdir`: chunk names carry a content hash, so
 * each change of the sources would otherwise leave the previous chunks behind. A file whose bytes did
 * not change is left alone, and a changed one is replaced by a rename, so a `parley` already running
 * (tests build and run the CLI in parallel) never reads a half-written or missing chunk of the current build.
 */
async function writeOutputs(outdir, outputFiles) {
  await mkdir(outdir, { recursive: true });
  const current = new Set();
  for (const file of outputFiles) {
    current.add(path.resolve(file.path));
    const same = await readFile(file.path).then(
      (bytes) => Buffer.compare(bytes, file.contents) === 0,
      () => false,
    );
    if (same) continue;
    const temporary = `${file.path}.${process.pid}.tmp`;
    await writeFile(temporary, file.contents);
    await rename(temporary, file.path);
  }
  for (const entry of await readdir(outdir, { withFileTypes: true })) {
    const full = path.resolve(outdir, entry.name);
    if (!current.has(full) && !entry.name.endsWith('.tmp')) await rm(full, { recursive: true, force: true });
  }
}

/**
 * zod's namespace (`z`) re-exports all of its ~50 locales (300 KiB); Parley's messages are the English
 * defaults zod configures itself with, and nothing reads `z.locales`, so the bundle keeps only `en`.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: path.resolve(args.resolveDir, '../locales/index.js'), namespace: 'zod-english-only' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: path.dirname(args.path),
    }));
  },
};

export async function buildCli({ outdir = 'dist/cli', write = true } = {}) {
  const result = await build({
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
    write: false,
    logLevel: 'warning',
    plugins: [zodEnglishOnly],
    // jsonc-parser's "main" is a UMD build whose require() of its own files esbuild cannot follow; its ESM build bundles.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __parleyRequire } from 'node:module'; const require = __parleyRequire(import.meta.url);",
    },
  });
  if (write) await writeOutputs(outdir, result.outputFiles);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
