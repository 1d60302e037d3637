#!/usr/bin/env node
// The `parley` command: runs the bundled CLI that `npm install` (prepare) or `npm run build:cli` writes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/parley.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('The Parley CLI is not built yet: run `npm run build:cli` in the Parley folder.\n');
  process.exit(2);
}
await import(bundle);
