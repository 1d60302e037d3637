import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from './build-cli.mjs';

const run = promisify(execFile);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parley-build-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI build', () => {
  it('leaves only the current build in its folder: chunks of older builds are removed', async () => {
    const outdir = path.join(dir, 'cli');
    mkdirSync(path.join(outdir, 'old-folder'), { recursive: true });
    writeFileSync(path.join(outdir, 'chunk-OLDBUILD.mjs'), 'export {};\n');
    writeFileSync(path.join(outdir, 'run-command-OLDBUILD.mjs'), 'export {};\n');

    const { metafile } = await buildCli({ outdir });

    const built = Object.keys(metafile.outputs)
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => path.basename(file))
      .sort();
    expect(readdirSync(outdir).sort()).toEqual(built);
    expect(built).toContain('parley.mjs');
  });

  it('rebuilding unchanged sources rewrites no file, and the built CLI runs', async () => {
    const outdir = path.join(dir, 'again');
    await buildCli({ outdir });
    const before = new Map(readdirSync(outdir).map((name) => [name, statSync(path.join(outdir, name)).mtimeMs]));
    await buildCli({ outdir });
    const after = new Map(readdirSync(outdir).map((name) => [name, statSync(path.join(outdir, name)).mtimeMs]));
    expect(after).toEqual(before);

    const { stderr } = await run(process.execPath, [path.join(outdir, 'parley.mjs'), 'send']).catch(
      (error: { stderr: string }) => error,
    );
    expect(stderr).toContain('Usage: parley send');
  });
});
