/**
 * Headless Parley for scripts and CI: the same engine and pipeline as the app. Each verb's module is
 * loaded only when that verb runs, so a `send` never loads what `run` needs. Exit code 2 is a usage error.
 */
import { parseArgs, usage, UsageError } from './args';
import { parseRunArgs, runUsage } from './run-args';

const verbs: Record<string, (argv: readonly string[]) => Promise<number>> = {
  async send(argv) {
    const command = parseArgs(['send', ...argv]);
    const { runSend } = await import('./send-command');
    return runSend(command);
  },
  async code(argv) {
    const { runCodeVerb } = await import('./code-command');
    return runCodeVerb(['code', ...argv]);
  },
  async import(argv) {
    const { runImportVerb } = await import('./import-command');
    return runImportVerb(argv);
  },
  async run(argv) {
    const command = parseRunArgs(argv);
    const { runRun } = await import('./run-command');
    return runRun(command);
  },
};

async function main(argv: readonly string[]): Promise<number> {
  const [verb = '', ...rest] = argv;
  const handler = Object.hasOwn(verbs, verb) ? verbs[verb] : undefined;
  try {
    if (!handler) throw new UsageError(`Unknown command "${verb}".`);
    return await handler(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${verb === 'run' ? runUsage : `${usage}\n\n${runUsage}`}\n`);
    return 2;
  }
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
