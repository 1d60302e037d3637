/** The init script that defines `window.parley` in the page (bridge-init.ts bundled once per process). */
import path from 'node:path';
import { build } from 'esbuild';

let bridgeScript: Promise<string> | undefined;

export function bridgeInitScript(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [path.resolve('e2e/harness/bridge-init.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeScript;
}
