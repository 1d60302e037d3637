/**
 * Headless Parley for scripts and CI: the same engine as the app. Each verb's module is loaded only
 * when that verb runs, so a `send` never loads what `run` or `import` need. Exit code 2 is a usage error.
 */
import { parseArgs, usage, UsageError } from './args';

async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage}\n`);
    return 2;
  }
  const { runSend } = await import('./send-command');
  return runSend(command);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
