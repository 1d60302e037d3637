/**
 * cURL for Windows cmd: arguments in double quotes (an inner `"` written as `\"` for curl, `%` doubled
 * for cmd), variables as %NAME%, lines continued with ^. A token step runs through `for /f`.
 */
import { concat, formEncode, literalOf, partsOf, text } from '../expr';
import type { CodeProgram, CodeRequest, CodeTarget, Expr } from '../program';
import { envComment, headersToWrite, shellVar } from './common';

const quoteText = (value: string) =>
  value
    .replace(/%/g, '%%')
    .replace(/\\(?=\\*")/g, '\\\\')
    .replace(/"/g, '\\"');

function word(expr: Expr): string {
  const inner = partsOf(expr)
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return quoteText(part.text);
        case 'env':
          return `%${part.name}%`;
        case 'step':
          return `%${shellVar(part.name)}%`;
        default:
          throw new Error('cmd cannot compute this value; it reads a precomputed variable instead.');
      }
    })
    .join('');
  return `"${inner}"`;
}

function args(request: CodeRequest): string[] {
  const out: string[] = [];
  if (request.method === 'HEAD') out.push('--head');
  else if (request.method !== 'GET' || request.body.kind !== 'none') out.push(`-X ${request.method}`);
  out.push(word(request.url));
  if (request.insecure) out.push('--insecure');
  if (request.basicAuth) out.push(`-u ${word(concat(request.basicAuth.user, text(':'), request.basicAuth.password))}`);
  for (const [name, value] of headersToWrite(request)) out.push(`-H ${word(concat(text(`${name}: `), value))}`);
  const body = request.body;
  if (body.kind === 'raw') out.push(`--data-raw ${word(body.text)}`);
  if (body.kind === 'form')
    for (const field of body.fields) {
      const value = literalOf(field.value);
      out.push(
        value !== null
          ? `--data-raw ${word(text(`${formEncode(field.name)}=${formEncode(value)}`))}`
          : `--data-urlencode ${word(concat(text(`${formEncode(field.name)}=`), field.value))}`,
      );
    }
  if (body.kind === 'multipart')
    for (const part of body.parts)
      out.push(
        'value' in part
          ? `--form-string ${word(concat(text(`${part.name}=`), part.value))}`
          : `-F ${word(text(`${part.name}=@${part.filePath};filename=${part.fileName};type=${part.contentType}`))}`,
      );
  if (body.kind === 'file') out.push(`--data-binary ${word(text(`@${body.path}`))}`);
  return out;
}

export function renderCurlCmd(program: CodeProgram): string {
  const lines: string[] = [];
  for (const s of program.steps) {
    const inner = `curl -sS ${args(s.request).join(' ')}`.replace(/[|&<>^]/g, '^$&');
    lines.push(
      `REM ${s.comment}`,
      `for /f "usebackq delims=" %%t in (\`${inner} ^| jq -r ".${s.jsonField}"\`) do set ${shellVar(s.name)}=%%t`,
      '',
    );
  }
  lines.push(`curl -sS ${args(program.request).join(' ^\n  ')}`);
  return `${envComment(program, 'REM', (name) => `set ${name}=…`)}${lines.join('\n')}\n`;
}

export const curlCmdTarget: CodeTarget = {
  id: 'curl-cmd',
  label: 'cURL (Windows cmd)',
  language: 'bat',
  precomputed: ['md5', 'urlencode'],
  render: renderCurlCmd,
};
