/**
 * Every target's snippet, for every Demo request and the tricky Plain HTTP ones, parses in its language:
 * php -l, bash -n, node --check, py_compile and go vet where the tool is installed (the test says which
 * is missing); C#, PowerShell and cmd get a bracket-and-quote balance check (no compiler installs here).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeTargetId } from '../../shared/codegen/program';
import { renderCode } from '../../shared/codegen/render';
import { demoPrograms, type DemoProgram } from './testing/demo-programs';

const has = (command: string, args: readonly string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const python = has('/usr/bin/python3', ['--version']) ? '/usr/bin/python3' : 'python3';

const run = (command: string, args: readonly string[], cwd: string) =>
  new Promise<{ code: number; output: string }>((resolve) =>
    execFile(command, args, { cwd, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    ),
  );

interface Checker {
  readonly targets: readonly CodeTargetId[];
  readonly file: string;
  readonly missing: string | null;
  readonly command: (file: string) => readonly [string, readonly string[]];
}

const checkers: readonly Checker[] = [
  {
    targets: ['php-curl', 'php-guzzle'],
    file: 'snippet.php',
    missing: has('php', ['-v']) ? null : 'php is not installed',
    command: (file) => ['php', ['-l', file]],
  },
  { targets: ['curl', 'httpie'], file: 'snippet.sh', missing: null, command: (file) => ['bash', ['-n', file]] },
  {
    targets: ['node', 'js-fetch'],
    file: 'snippet.mjs',
    missing: null,
    command: (file) => [process.execPath, ['--check', file]],
  },
  {
    targets: ['python-requests'],
    file: 'snippet.py',
    missing: has(python, ['--version']) ? null : 'python3 is not installed',
    command: (file) => [python, ['-m', 'py_compile', file]],
  },
];

/** Brackets balance outside string literals and every literal closes: what a missing compiler would catch first. */
function balanced(code: string, quote: string, escape: 'backslash' | 'doubled'): string | null {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i]!;
    if (c === quote) {
      const start = i;
      for (i += 1; ; i += 1) {
        if (i >= code.length) return `unclosed ${quote} at ${start}`;
        if (escape === 'backslash' && code[i] === '\\') i += 1;
        else if (code[i] === quote && escape === 'doubled' && code[i + 1] === quote) i += 1;
        else if (code[i] === quote) break;
      }
    } else if ('([{'.includes(c)) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return `unbalanced ${c} at ${i}`;
  }
  return stack.length === 0 ? null : `unclosed ${stack.join('')}`;
}

let programs: DemoProgram[];
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parley-codegen-syntax-'));
  programs = await demoPrograms(path.join(dir, 'upload.bin'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(checkers.flatMap((c) => c.targets.map((target) => ({ target, checker: c }))))(
  '$target snippets',
  ({ target, checker }) => {
    it('parse in their language', async () => {
      if (checker.missing) {
        console.warn(`[skip] ${target}: ${checker.missing}`);
        return;
      }
      for (const { name, program } of programs) {
        const folder = await mkdtemp(path.join(dir, `${target}-`));
        await writeFile(path.join(folder, checker.file), renderCode(program, target));
        const [command, args] = checker.command(checker.file);
        const result = await run(command, args, folder);
        expect(result.code, `${target} for ${name}: ${result.output}`).toBe(0);
      }
    });
  },
);

describe('go snippets', () => {
  it('pass go vet', async () => {
    if (!has('go', ['version'])) {
      console.warn('[skip] go: golang-go is not installed');
      return;
    }
    const module = path.join(dir, 'go');
    await mkdir(module, { recursive: true });
    await writeFile(path.join(module, 'go.mod'), 'module snippets\n\ngo 1.19\n');
    for (const [index, { program }] of programs.entries()) {
      await mkdir(path.join(module, `s${index}`));
      await writeFile(path.join(module, `s${index}`, 'main.go'), renderCode(program, 'go'));
    }
    const result = await run('go', ['vet', './...'], module);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 300_000);
});

describe.each([
  { target: 'csharp' as const, quote: '"', escape: 'backslash' as const },
  { target: 'powershell' as const, quote: "'", escape: 'doubled' as const },
  { target: 'curl-cmd' as const, quote: '"', escape: 'backslash' as const },
])('$target snippets', ({ target, quote, escape }) => {
  it('balance their brackets and close every string (no compiler installs here)', () => {
    for (const { name, program } of programs) {
      const code = renderCode(program, target)
        .split('\n')
        .filter((line) => !/^\s*(\/\/|#|REM )/.test(line))
        .join('\n');
      expect(balanced(code, quote, escape), `${target} for ${name}`).toBeNull();
    }
  });
});
