/**
 * A cURL command → the call it makes: method, URL, headers, body (data, url-encoded data, multipart
 * fields and files), Basic credentials and transport switches, as curl itself would send them.
 */
import type { BodySpec, HttpMethod } from '../../http/types';
import { hasHeader, headerValue } from '../../http/headers';
import {
  asMethod,
  bodyForText,
  formFields,
  isKnownMethod,
  withoutImpliedContentType,
  type HttpCall,
} from '../http-call';
import type { ImportFailure, ReportItem } from '../types';
import { readArguments, type OptionUse } from './flags';
import { curlWords } from './tokenize';

export type CurlParse =
  | { readonly ok: true; readonly call: HttpCall; readonly report: readonly ReportItem[] }
  | { readonly ok: false; readonly error: ImportFailure };

const baseName = (filePath: string) => filePath.split(/[\\/]/).pop() ?? filePath;

/** `--data-urlencode` forms: `content`, `=content`, `name=content`, `@file`, `name@file`. */
function urlEncodedPiece(value: string, report: (message: string) => void): string {
  const eq = value.indexOf('=');
  const at = value.indexOf('@');
  if (at >= 0 && (eq < 0 || at < eq)) {
    report(`--data-urlencode ${value}: reading a file is not carried over; its content must be pasted in.`);
    return value.slice(0, at) ? `${encodeURIComponent(value.slice(0, at))}=` : '';
  }
  if (eq < 0) return encodeURIComponent(value);
  const name = value.slice(0, eq);
  const content = encodeURIComponent(value.slice(eq + 1));
  return name ? `${name}=${content}` : content;
}

/** `-F name=value`, `-F name=@path;type=x;filename=y`, `-F name=<path` (a file's text as a field). */
function formPart(
  value: string,
  literal: boolean,
): { name: string; value: string } | { name: string; filePath: string; fileName?: string; contentType?: string } {
  const eq = value.indexOf('=');
  const name = eq < 0 ? value : value.slice(0, eq);
  const rest = eq < 0 ? '' : value.slice(eq + 1);
  if (literal || !(rest.startsWith('@') || rest.startsWith('<'))) return { name, value: rest };
  const pieces: string[] = [];
  // Attributes follow `;`; a quoted path or filename may itself contain `;`.
  let current = '';
  let quoted = false;
  for (let i = 1; i < rest.length; i += 1) {
    const c = rest[i]!;
    if (c === '\\' && quoted && i + 1 < rest.length) {
      current += rest[i + 1];
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) {
      pieces.push(current);
      current = '';
    } else current += c;
  }
  pieces.push(current);
  const [filePath = '', ...attributes] = pieces;
  const attribute = (key: string) =>
    attributes
      .find((a) => a.trim().toLowerCase().startsWith(`${key}=`))
      ?.slice(key.length + 1)
      .trim();
  const fileName = attribute('filename');
  const contentType = attribute('type');
  return {
    name,
    filePath,
    ...(fileName !== undefined && fileName !== baseName(filePath) ? { fileName } : {}),
    ...(contentType ? { contentType } : {}),
  };
}

const seconds = (value: string | null) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 1000) : undefined;
};

export function parseCurl(text: string): CurlParse {
  const words = curlWords(text);
  if (!words) return { ok: false, error: { message: 'No curl command was found in the text.', line: 1, column: 1 } };
  const { options, positional } = readArguments(words);
  const report: ReportItem[] = [];
  const note = (message: string) => report.push({ item: 'cURL', message });

  let method: string | null = null;
  let url = positional[0] ?? null;
  if (positional.length > 1) note(`Only the first URL is imported; ${positional.slice(1).join(', ')} were left out.`);
  const headers: [string, string][] = [];
  const data: string[] = [];
  let dataFile: string | null = null;
  const parts: Extract<BodySpec, { kind: 'multipart' }>['parts'][number][] = [];
  let json = false;
  let get = false;
  let head = false;
  let basic: HttpCall['basic'];
  let insecure = false;
  let followRedirects: boolean | undefined;
  let maxRedirects: number | undefined;
  let totalTimeoutMs: number | undefined;
  let connectTimeoutMs: number | undefined;

  const use = (entry: OptionUse) => {
    const value = entry.value ?? '';
    switch (entry.option) {
      case 'request':
        method = value;
        break;
      case 'url':
        url ??= value;
        break;
      case 'header': {
        const colon = value.indexOf(':');
        // `-H 'Name;'` sends an empty header; `-H 'Name:'` removes one curl would add.
        if (colon < 0 && value.endsWith(';')) headers.push([value.slice(0, -1).trim(), '']);
        else if (colon > 0 && value.slice(colon + 1).trim() !== '')
          headers.push([value.slice(0, colon).trim(), value.slice(colon + 1).trim()]);
        else if (colon > 0) note(`${entry.written} ${value}: removing a header curl adds is not carried over.`);
        else note(`${entry.written} ${value}: not a header (no ":").`);
        break;
      }
      case 'data':
      case 'data-binary':
        if (value.startsWith('@')) {
          dataFile = value.slice(1);
          if (entry.option === 'data')
            note(`${entry.written} @file: the file is sent as is (curl would strip its line breaks).`);
        } else data.push(entry.option === 'data' ? value.replace(/[\r\n]/g, '') : value);
        break;
      case 'data-raw':
        data.push(value);
        break;
      case 'json':
        json = true;
        if (value.startsWith('@')) dataFile = value.slice(1);
        else data.push(value);
        break;
      case 'data-urlencode':
        data.push(urlEncodedPiece(value, note));
        break;
      case 'form':
      case 'form-string':
        parts.push(formPart(value, entry.option === 'form-string'));
        break;
      case 'user': {
        const colon = value.indexOf(':');
        basic =
          colon < 0 ? { user: value, password: '' } : { user: value.slice(0, colon), password: value.slice(colon + 1) };
        if (colon < 0) note(`${entry.written} without a password: curl would ask for it; it is left empty.`);
        break;
      }
      case 'insecure':
        insecure = true;
        break;
      case 'get':
        get = true;
        break;
      case 'head':
        head = true;
        break;
      case 'cookie':
        if (value.includes('=')) headers.push(['Cookie', value]);
        else note(`${entry.written} ${value}: reading cookies from a file is not carried over.`);
        break;
      case 'user-agent':
        headers.push(['User-Agent', value]);
        break;
      case 'referer':
        headers.push(['Referer', value]);
        break;
      case 'oauth2-bearer':
        headers.push(['Authorization', `Bearer ${value}`]);
        break;
      case 'location':
        followRedirects = true;
        break;
      case 'max-redirs': {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 0 && n <= 50) maxRedirects = n;
        break;
      }
      case 'max-time':
        totalTimeoutMs = seconds(value);
        break;
      case 'connect-timeout':
        connectTimeoutMs = seconds(value);
        break;
      // Parley's engine asks for compressed bodies and decodes them already; output options change nothing sent.
      case 'compressed':
      case 'quiet':
        break;
      case null:
        note(`${entry.written}${entry.value !== null ? ` ${entry.value}` : ''} is not carried over.`);
        break;
    }
  };
  options.forEach(use);

  if (!url) return { ok: false, error: { message: 'The curl command has no URL.', line: 1, column: 1 } };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('{{')) url = `http://${url}`;

  const hasData = data.length > 0 || dataFile !== null;
  if (json) {
    if (!hasHeader(headers, 'content-type')) headers.push(['Content-Type', 'application/json']);
    if (!hasHeader(headers, 'accept')) headers.push(['Accept', 'application/json']);
  }
  let body: BodySpec = { kind: 'none' };
  const joined = data.join('&');
  if (get && hasData) {
    url += (url.includes('?') ? '&' : '?') + joined;
  } else if (parts.length > 0) {
    body = { kind: 'multipart', parts };
  } else if (dataFile !== null) {
    const contentType = headerValue(headers, 'content-type');
    body = contentType ? { kind: 'file', path: dataFile, contentType } : { kind: 'file', path: dataFile };
    if (data.length > 0) note('Text data beside a data file is left out: the file is the body.');
  } else if (hasData) {
    const contentType = headerValue(headers, 'content-type') ?? null;
    if (contentType === null && formFields(joined) === null && joined.trim() !== '')
      note('The data is sent as application/x-www-form-urlencoded, as curl sends it without a Content-Type.');
    body = bodyForText(joined, contentType ?? 'application/x-www-form-urlencoded');
  }
  const kept = withoutImpliedContentType(headers, body);
  const resolvedMethod: HttpMethod = asMethod(
    method ?? (head ? 'HEAD' : hasData && !get ? 'POST' : parts.length ? 'POST' : 'GET'),
  );
  if (method !== null && !isKnownMethod(method))
    note(`-X ${method} is not a method Parley sends; ${resolvedMethod} is used.`);
  return {
    ok: true,
    report,
    call: {
      method: resolvedMethod,
      url,
      headers: kept,
      body,
      ...(basic ? { basic } : {}),
      ...(insecure ? { insecure } : {}),
      ...(followRedirects !== undefined ? { followRedirects } : {}),
      ...(maxRedirects !== undefined ? { maxRedirects } : {}),
      ...(totalTimeoutMs !== undefined ? { totalTimeoutMs } : {}),
      ...(connectTimeoutMs !== undefined ? { connectTimeoutMs } : {}),
    },
  };
}
