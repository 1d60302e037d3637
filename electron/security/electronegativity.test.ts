/**
 * Electronegativity (Doyensec's Electron security scanner) over the shell's sources and over the main
 * bundle that ships (`npm run build:electron`), each with the renderer's index.html so the page's CSP
 * is seen. No finding of medium severity or above may remain; each false positive is suppressed below
 * with the reason it is one, on its own line.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import runner from '@doyensec/electronegativity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

interface Finding {
  readonly id: string;
  readonly file: string;
  readonly sample: string;
  readonly severity: string;
}

interface Suppression {
  readonly id: string;
  /** A piece of the flagged line (N/A for a global check). */
  readonly sample: string;
  readonly reason: string;
}

// prettier-ignore
const suppressions: readonly Suppression[] = [
  { id: 'CONTEXT_ISOLATION_JS_CHECK', sample: 'new BrowserWindow(mainWindowOptions(', reason: 'the options come from mainWindowOptions (window.ts): contextIsolation true, asserted by main.test.ts' },
  { id: 'SANDBOX_JS_CHECK', sample: 'new BrowserWindow(mainWindowOptions(', reason: 'the options come from mainWindowOptions (window.ts): sandbox true, asserted by main.test.ts' },
  { id: 'AUXCLICK_JS_CHECK', sample: 'new BrowserWindow(mainWindowOptions(', reason: 'a middle click opens through setWindowOpenHandler, which denies every window (shell.test.ts)' },
  { id: 'OPEN_EXTERNAL_JS_CHECK', sample: 'openExternal(url)', reason: 'guardWebContents passes only http(s) links that isExternalLink accepts (shell.test.ts)' },
];

const electronegativity = typeof runner === 'function' ? runner : runner.default;
const electronVersion = packageJson.devDependencies.electron;
const root = path.resolve(import.meta.dirname, '..', '..');
let workDir: string;

/** A folder with the given files, under the names Electronegativity scans (.js, .ts, .html). */
function folderOf(name: string, files: readonly [from: string, to: string][]): string {
  const folder = path.join(workDir, name);
  for (const [from, to] of files) {
    fs.mkdirSync(path.dirname(path.join(folder, to)), { recursive: true });
    fs.cpSync(path.join(root, from), path.join(folder, to), { recursive: true });
  }
  return folder;
}

async function scan(input: string): Promise<{ findings: Finding[]; errors: string[]; checks: number }> {
  const result = await electronegativity({ input, electronVersionOverride: electronVersion, isRelative: true }, false);
  const findings = result.issues
    .filter((issue) => issue.severity.value >= 2)
    .map((issue) => ({ id: issue.id, file: issue.file, sample: issue.sample, severity: issue.severity.name }));
  return {
    findings,
    errors: result.errors.filter((error) => !error.tolerable).map((error) => `${error.file}: ${error.message}`),
    checks: result.atomicChecks + result.globalChecks,
  };
}

const suppressionOf = (finding: Finding) =>
  suppressions.find((s) => s.id === finding.id && (finding.sample ?? '').includes(s.sample));

let sources: Awaited<ReturnType<typeof scan>>;
let bundle: Awaited<ReturnType<typeof scan>>;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-electronegativity-'));
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root, stdio: 'ignore' });
  const sourceFiles: [string, string][] = fs
    .readdirSync(path.join(root, 'electron'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('mock-servers'))
    .map((file) => [path.join('electron', file), path.join('electron', file)]);
  sources = await scan(folderOf('sources', [...sourceFiles, ['renderer/index.html', 'renderer/index.html']]));
  bundle = await scan(
    folderOf('bundle', [
      ['dist/electron/main.mjs', 'main.js'],
      ['dist/electron/preload.cjs', 'preload.js'],
      ['renderer/index.html', 'index.html'],
    ]),
  );
}, 180_000);

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe('Electronegativity', () => {
  it.each([
    ['sources', () => sources],
    ['bundled main', () => bundle],
  ])('finds nothing of medium severity or above in the %s once false positives are suppressed', (_name, get) => {
    const { findings, errors, checks } = get();
    expect(errors).toEqual([]);
    expect(checks).toBeGreaterThan(30);
    expect(findings.filter((finding) => !suppressionOf(finding))).toEqual([]);
  });

  it('every suppression still matches a finding (a fixed one is removed from the list)', () => {
    const all = [...sources.findings, ...bundle.findings];
    for (const suppression of suppressions) {
      expect(
        all.some((finding) => suppressionOf(finding) === suppression),
        suppression.id,
      ).toBe(true);
    }
  });
});
