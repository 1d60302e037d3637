/** `parley run <collection folder|request file>... [options]` → what to run and how. */
import { UsageError } from './args';

export const reporterNames = ['cli', 'json', 'junit', 'html'] as const;
export type ReporterName = (typeof reporterNames)[number];

export interface RunCommand {
  readonly targets: readonly string[];
  readonly folder: string | null;
  readonly env: string | null;
  readonly envVars: Readonly<Record<string, string>>;
  readonly profileFile: string | null;
  readonly passphraseEnv: string | null;
  readonly iterations: number;
  readonly data: string | null;
  readonly bail: boolean;
  readonly delayMs: number;
  readonly concurrency: number;
  readonly timeoutMs: number | null;
  readonly insecure: boolean;
  readonly reporters: readonly ReporterName[];
  readonly out: string | null;
}

export const runUsage = `Usage: parley run <collection folder|request file>... [options]
  --folder <path>          run only this folder of the collection
  --env <name>             use this environment of the collection, as the app keeps it (its data folder, or
                           PARLEY_USER_DATA); a secret variable such as {{apiToken}} comes from API_TOKEN
  --env-var name=value     set a run variable (repeatable)
  --profile-file <file>    profiles exported from Parley; secrets sealed in it open with --passphrase-env,
                           any other secret comes from an environment variable such as APSIS_API_KEY
  --passphrase-env <VAR>   the environment variable holding the export's passphrase
  --iterations <n>         run the collection n times (default 1)
  --data <file.csv|json>   one iteration per row, columns as variables
  --bail                   stop at the first failed request or assertion
  --delay <ms>             wait between requests
  --concurrency <n>        iterations at once (order is kept inside an iteration)
  --timeout <ms>           total timeout per request
  --insecure               do not verify TLS certificates
  --reporter <list>        cli,json,junit,html (default cli)
  --out <dir>              where json/junit/html reports are written (default ./parley-reports)
Exit code: 0 when every request was sent and every assertion held, 1 otherwise, 2 on a usage error.`;

function positiveInteger(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`${flag} takes a whole number of at least ${min}.`);
  return value;
}

export function parseRunArgs(argv: readonly string[]): RunCommand {
  const targets: string[] = [];
  const envVars: Record<string, string> = {};
  let command: Omit<RunCommand, 'targets' | 'envVars'> = {
    folder: null,
    env: null,
    profileFile: null,
    passphraseEnv: null,
    iterations: 1,
    data: null,
    bail: false,
    delayMs: 0,
    concurrency: 1,
    timeoutMs: null,
    insecure: false,
    reporters: ['cli'],
    out: null,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index]!;
    const next = () => {
      const value = argv[++index];
      if (value === undefined) throw new UsageError(`${flag} needs a value.`);
      return value;
    };
    switch (flag) {
      case '--folder':
        command = { ...command, folder: next() };
        break;
      case '--env':
        command = { ...command, env: next() };
        break;
      case '--env-var': {
        const pair = next();
        const equals = pair.indexOf('=');
        if (equals <= 0) throw new UsageError(`--env-var "${pair}" is not name=value.`);
        envVars[pair.slice(0, equals)] = pair.slice(equals + 1);
        break;
      }
      case '--profile-file':
        command = { ...command, profileFile: next() };
        break;
      case '--passphrase-env':
        command = { ...command, passphraseEnv: next() };
        break;
      case '--iterations':
      case '-n':
        command = { ...command, iterations: positiveInteger(flag, next(), 1) };
        break;
      case '--data':
        command = { ...command, data: next() };
        break;
      case '--bail':
        command = { ...command, bail: true };
        break;
      case '--delay':
        command = { ...command, delayMs: positiveInteger(flag, next(), 0) };
        break;
      case '--concurrency':
        command = { ...command, concurrency: positiveInteger(flag, next(), 1) };
        break;
      case '--timeout':
        command = { ...command, timeoutMs: positiveInteger(flag, next(), 1) };
        break;
      case '--insecure':
        command = { ...command, insecure: true };
        break;
      case '--reporter': {
        const names = next()
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
        const unknown = names.filter((name) => !(reporterNames as readonly string[]).includes(name));
        if (unknown.length > 0 || names.length === 0)
          throw new UsageError(`--reporter takes ${reporterNames.join(', ')}; not "${unknown.join(', ')}".`);
        command = { ...command, reporters: names as ReporterName[] };
        break;
      }
      case '--out':
        command = { ...command, out: next() };
        break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`Unknown option "${flag}".`);
        targets.push(flag);
    }
  }
  if (targets.length === 0) throw new UsageError('Name a collection folder or a request file to run.');
  return { ...command, targets, envVars };
}
