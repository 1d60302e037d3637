/**
 * Headless Parley for scripts and CI: the same engine as the app. Exit codes: 0 a response arrived
 * (whatever its status), 1 a transport error, 2 a usage error. `parley code` prints a saved request as code.
 */
import os from 'node:os';
import path from 'node:path';
import { defaultSettings } from '../../shared/settings';
import { createHttpEngine } from '../http/engine';
import { parseArgs, usage, UsageError } from './args';
import { codeUsage, parseCodeArgs, runCode } from './code-command';

async function code(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCodeArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${codeUsage}\n`);
    return 2;
  }
  const result = await runCode(command);
  process.stdout.write(result.out);
  process.stderr.write(result.err);
  return result.code;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'code') return code(argv);
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage}\n`);
    return 2;
  }
  const bodiesDir = process.env.PARLEY_CLI_BODIES ?? path.join(os.tmpdir(), 'parley-cli-bodies');
  const engine = createHttpEngine({ bodiesDir, settings: () => defaultSettings });
  try {
    const exchange = await engine.send(command.spec, { tlsVerify: command.tlsVerify, transport: command.transport });
    const { response, error } = exchange;
    const bodyText = await exchange.bodyText();
    const bodyFile = response?.body.inFile ? await engine.bodyFile(response.id) : null;
    if (command.json) {
      const record = {
        status: response?.status ?? null,
        statusText: response?.statusText ?? null,
        url: response?.url ?? command.spec.url,
        headers: response?.headers ?? [],
        timings: response?.timings ?? error?.timings ?? null,
        sizes: response
          ? { headers: response.headerBytes, wire: response.body.wireSize, decoded: response.body.size }
          : null,
        redirects: response?.redirects ?? [],
        body: bodyFile ? null : bodyText,
        bodyFile,
        error: error ? { kind: error.kind, message: error.message, hint: error.hint, code: error.code ?? null } : null,
      };
      process.stdout.write(`${JSON.stringify(record)}\n`);
    } else {
      if (response) {
        process.stdout.write(`HTTP/${response.httpVersion} ${response.status} ${response.statusText}\n`);
        for (const [name, value] of response.headers) process.stdout.write(`${name}: ${value}\n`);
        process.stdout.write('\n');
        if (bodyFile) process.stdout.write(`[${response.body.size} bytes saved to ${bodyFile}]\n`);
        else if (bodyText !== null) process.stdout.write(bodyText.endsWith('\n') ? bodyText : `${bodyText}\n`);
      }
      if (error) process.stderr.write(`Error (${error.kind}): ${error.message}\nHint: ${error.hint}\n`);
    }
    return error ? 1 : 0;
  } finally {
    await engine.close();
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
