#!/usr/bin/env node
// The `parley` command: runs the bundled CLI that `npm install` (prepare) or `npm run build:cli` writes.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// undici parses HTTP with a WebAssembly build of llhttp. V8 compiles it quickly (Liftoff), then re-compiles it
// optimised on a background thread, and Node waits for that thread before the process may exit: 200–500 ms
// of idle time at the end of every `parley send` or `run`. Liftoff's code parses a response head in
// microseconds, so the optimising pass buys nothing a CLI could measure. Set before undici compiles it.
v8.setFlagsFromString('--liftoff-only');
// Node ≥ 22.1 can keep compiled code between runs (in the OS temp folder): start-up skips most compiling.
module.enableCompileCache?.();

const bundle = fileURLToPath(new URL('../dist/cli/parley.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('The Parley CLI is not built yet: run `npm run build:cli` in the Parley folder.\n');
  process.exit(2);
}
await import(bundle);
