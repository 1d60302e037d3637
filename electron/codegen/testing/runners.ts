/** How a test runs each snippet for real, and why it cannot when a tool is missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CodeTargetId } from '../../../shared/codegen/program';

export interface Runner {
  readonly target: CodeTargetId;
  readonly file: string;
  /** Null when it can run here; otherwise why not. */
  readonly missing: string | null;
  /** Prepares the folder (PHP Guzzle's vendor/autoload.php) and returns the command line. */
  prepare(dir: string): Promise<readonly [string, readonly string[]]>;
}

const works = (command: string, args: readonly string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

const guzzleAutoload = '/usr/share/php/GuzzleHttp/autoload.php';
/** Debian's python3 has python3-requests; a pyenv python3 earlier on PATH may not. */
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

export const runners: readonly Runner[] = [
  {
    target: 'curl',
    file: 'snippet.sh',
    missing: works('curl', ['--version']) && works('jq', ['--version']) ? null : 'curl and jq are not installed',
    prepare: async () => ['bash', ['snippet.sh']],
  },
  {
    target: 'php-curl',
    file: 'snippet.php',
    missing: works('php', ['-r', 'exit(function_exists("curl_init") ? 0 : 1);'])
      ? null
      : 'php with php-curl is not installed',
    prepare: async () => ['php', ['snippet.php']],
  },
  {
    target: 'php-guzzle',
    file: 'snippet.php',
    missing:
      works('php', ['-r', 'exit(function_exists("curl_init") ? 0 : 1);']) && existsSync(guzzleAutoload)
        ? null
        : "php-curl or Debian's php-guzzlehttp-guzzle is not installed",
    prepare: async (dir) => {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(path.join(dir, 'vendor'), { recursive: true });
      await writeFile(path.join(dir, 'vendor', 'autoload.php'), `<?php\nrequire '${guzzleAutoload}';\n`);
      return ['php', ['snippet.php']];
    },
  },
  {
    target: 'python-requests',
    file: 'snippet.py',
    missing: works(python, ['-c', 'import requests']) ? null : 'python3 with requests is not installed',
    prepare: async () => [python, ['snippet.py']],
  },
  {
    target: 'node',
    file: 'snippet.mjs',
    missing: null,
    prepare: async () => [process.execPath, ['snippet.mjs']],
  },
];
