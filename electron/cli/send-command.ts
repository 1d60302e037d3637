/** `parley send`: one request through the app's engine, printed as the response or one JSON record. */
import os from 'node:os';
import path from 'node:path';
import { settingsDefaults } from '../../shared/settings-defaults';
import { createHttpEngine } from '../http/engine';
import type { CliCommand } from './args';

/** Exit codes: 0 a response arrived (whatever its status), 1 a transport error. */
export async function runSend(command: CliCommand): Promise<number> {
  const bodiesDir = process.env.PARLEY_CLI_BODIES ?? path.join(os.tmpdir(), 'parley-cli-bodies');
  const engine = createHttpEngine({ bodiesDir, settings: () => settingsDefaults });
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
