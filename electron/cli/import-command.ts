/**
 * `parley import <file|-> --into <folder>`: detects the format, writes the collection files as the app
 * saves them, prints the report. Exit 0 when something was imported, 1 when the input held nothing to
 * import, 2 on malformed input (with line:column) or a usage error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importText } from '../../shared/import';
import { reportText, summarisePlan } from '../../shared/import/summary';
import { errorMessage } from '../../shared/values';
import { writePlan } from '../import/write-plan';
import { UsageError } from './args';

export const importUsage = `Usage: parley import <file|-> --into <folder>
  <file|->   a cURL command, Postman collection or environment, OpenAPI/Swagger (JSON or YAML), HAR or
             Insomnia v4 export; - reads standard input
  --into     the collection folder to write the requests into (created when missing)`;

export interface ImportCommand {
  readonly source: string;
  readonly into: string;
}

export function parseImportArgs(argv: readonly string[]): ImportCommand {
  let source: string | null = null;
  let into: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const word = argv[i]!;
    if (word === '--into') {
      const value = argv[i + 1];
      if (value === undefined || value === '') throw new UsageError('--into needs a folder.');
      into = value;
      i += 1;
    } else if (word.startsWith('--into=')) into = word.slice('--into='.length);
    else if (word.startsWith('--')) throw new UsageError(`Unknown option "${word}".`);
    else if (source === null) source = word;
    else throw new UsageError(`Only one input is imported at a time ("${word}" is extra).`);
  }
  if (source === null) throw new UsageError('An input file (or - for standard input) is required.');
  if (!into) throw new UsageError('--into <folder> is required.');
  return { source, into };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function runImport(command: ImportCommand): Promise<{ code: number; out: string; err: string }> {
  let input: string;
  try {
    input = command.source === '-' ? await readStdin() : await readFile(command.source, 'utf8');
  } catch (error) {
    return { code: 2, out: '', err: `Cannot read ${command.source}: ${errorMessage(error)}\n` };
  }
  const label = command.source === '-' ? '<stdin>' : command.source;
  const result = importText(input);
  if (!result.ok) {
    const { line, column } = result.error;
    const where = line === undefined ? label : `${label}:${line}:${column ?? 1}`;
    return {
      code: 2,
      out: '',
      err: `${where}: ${result.error.message}\nNothing was written.\n`,
    };
  }
  const { plan } = result;
  if (plan.requests.length === 0 && plan.variables.length === 0 && plan.secrets.length === 0)
    return {
      code: 1,
      out: reportText(summarisePlan(plan), command.into),
      err: 'Nothing to import: no requests or variables were found.\n',
    };
  const root = path.resolve(command.into);
  try {
    await writePlan(plan, { root, under: '' });
  } catch (error) {
    return { code: 1, out: '', err: `Could not write into ${root}: ${errorMessage(error)}\n` };
  }
  return { code: 0, out: reportText(summarisePlan(plan), root), err: '' };
}

export async function runImportVerb(argv: readonly string[]): Promise<number> {
  let command: ImportCommand;
  try {
    command = parseImportArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${importUsage}\n`);
    return 2;
  }
  const result = await runImport(command);
  process.stdout.write(result.out);
  process.stderr.write(result.err);
  return result.code;
}
