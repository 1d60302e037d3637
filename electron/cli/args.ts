/** `parley send <METHOD> <URL> [-H 'K: V']... [--data …|--form k=v|--file path] [--json]` → a request spec. */
import { httpMethods, type HttpMethod } from '../../shared/http/methods';
import type { BodySpec, HttpRequestSpec, TransportOptions } from '../../shared/http/types';

export interface CliCommand {
  readonly spec: HttpRequestSpec;
  readonly json: boolean;
  readonly tlsVerify: boolean;
  readonly transport: TransportOptions;
}

export class UsageError extends Error {}

export const usage = `Usage: parley send <METHOD> <URL> [options]
  -H, --header 'Name: value'   add a header (repeatable; order, case and duplicates are kept)
  --data <text>                raw body; JSON when it parses as JSON
  --form name=value            form field (repeatable); name=@path sends a file as multipart
  --file <path>                send a file as the whole body
  --json                       print one JSON record instead of the response
  --insecure                   do not verify TLS certificates
  --no-follow                  do not follow redirects
  --timeout <ms>               total timeout

       parley import <file|-> --into <folder>   (cURL, Postman, OpenAPI/Swagger, HAR, Insomnia v4)`;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function parseArgs(argv: readonly string[]): CliCommand {
  const [command, method, url, ...rest] = argv;
  if (command !== 'send') throw new UsageError(`Unknown command "${command ?? ''}".`);
  const upper = (method ?? '').toUpperCase();
  if (!httpMethods.includes(upper as HttpMethod))
    throw new UsageError(`"${method ?? ''}" is not one of ${httpMethods.join(', ')}.`);
  if (!url) throw new UsageError('A URL is required.');
  const headers: [string, string][] = [];
  const formFields: { name: string; value: string }[] = [];
  const formFiles: { name: string; filePath: string }[] = [];
  let body: BodySpec = { kind: 'none' };
  let json = false;
  let tlsVerify = true;
  const transport: { followRedirects?: boolean; totalTimeoutMs?: number } = {};
  for (let index = 0; index < rest.length; index += 1) {
    const flag = rest[index]!;
    const next = () => {
      const value = rest[++index];
      if (value === undefined) throw new UsageError(`${flag} needs a value.`);
      return value;
    };
    switch (flag) {
      case '-H':
      case '--header': {
        const line = next();
        const colon = line.indexOf(':');
        if (colon <= 0) throw new UsageError(`Header "${line}" is not "Name: value".`);
        headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
        break;
      }
      case '--data': {
        const text = next();
        body = isJson(text) ? { kind: 'json', text } : { kind: 'text', text };
        break;
      }
      case '--form': {
        const pair = next();
        const equals = pair.indexOf('=');
        if (equals <= 0) throw new UsageError(`Form field "${pair}" is not name=value.`);
        const name = pair.slice(0, equals);
        const value = pair.slice(equals + 1);
        if (value.startsWith('@')) formFiles.push({ name, filePath: value.slice(1) });
        else formFields.push({ name, value });
        break;
      }
      case '--file':
        body = { kind: 'file', path: next() };
        break;
      case '--json':
        json = true;
        break;
      case '--insecure':
        tlsVerify = false;
        break;
      case '--no-follow':
        transport.followRedirects = false;
        break;
      case '--timeout':
        transport.totalTimeoutMs = Number(next());
        if (!Number.isInteger(transport.totalTimeoutMs) || transport.totalTimeoutMs <= 0)
          throw new UsageError('--timeout takes milliseconds.');
        break;
      default:
        throw new UsageError(`Unknown option "${flag}".`);
    }
  }
  if (formFiles.length > 0) body = { kind: 'multipart', parts: [...formFields, ...formFiles] };
  else if (formFields.length > 0) body = { kind: 'form', fields: formFields };
  return { spec: { method: upper as HttpMethod, url, headers, body }, json, tlsVerify, transport };
}
