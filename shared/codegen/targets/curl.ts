/**
 * cURL for bash: every literal single-quoted (nothing expands), secrets as "$VARIABLES", form fields
 * pre-encoded exactly as Parley encodes them (secret ones by --data-urlencode), multipart files read by -F.
 */
import { concat, formEncode, literalOf, text } from '../expr';
import type { CodeProgram, CodeRequest, CodeTarget } from '../program';
import { envComment, headersToWrite, shellVar } from './common';
import { shellQuote, shellWord } from './shell';

/** `-F` takes `name=@"path";filename="x";type=y`: quoted values escape `"` and `\`. */
const curlFormQuote = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

function curlArgs(request: CodeRequest): string[] {
  const args: string[] = [];
  const hasBody = request.body.kind !== 'none';
  if (request.method === 'HEAD') args.push('--head');
  else if (request.method !== 'GET' || hasBody) args.push(`-X ${request.method}`);
  args.push(shellWord(request.url));
  if (request.insecure) args.push('--insecure');
  if (request.basicAuth)
    args.push(`-u ${shellWord(concat(request.basicAuth.user, text(':'), request.basicAuth.password))}`);
  for (const [name, value] of headersToWrite(request))
    args.push(`-H ${literalOf(value) === '' ? shellQuote(`${name};`) : shellWord(concat(text(`${name}: `), value))}`);
  const body = request.body;
  switch (body.kind) {
    case 'raw':
      args.push(`--data-raw ${shellWord(body.text)}`);
      break;
    case 'form':
      for (const field of body.fields) {
        const value = literalOf(field.value);
        args.push(
          value !== null
            ? `--data-raw ${shellQuote(`${formEncode(field.name)}=${formEncode(value)}`)}`
            : `--data-urlencode ${shellWord(concat(text(`${formEncode(field.name)}=`), field.value))}`,
        );
      }
      break;
    case 'multipart':
      for (const part of body.parts)
        args.push(
          'value' in part
            ? `--form-string ${shellWord(concat(text(`${part.name}=`), part.value))}`
            : `-F ${shellQuote(`${part.name}=@${curlFormQuote(part.filePath)};filename=${curlFormQuote(part.fileName)};type=${part.contentType}`)}`,
        );
      break;
    case 'file':
      args.push(`--data-binary ${shellQuote(`@${body.path}`)}`);
      break;
    case 'none':
      break;
  }
  return args;
}

const command = (args: readonly string[]) => `curl -sS ${args.join(' \\\n  ')}`;

export function renderCurl(program: CodeProgram): string {
  const lines: string[] = [];
  for (const s of program.steps)
    lines.push(
      `# ${s.comment}`,
      `${shellVar(s.name)}=$(${command(curlArgs(s.request))} | jq -r ${shellQuote(`.${s.jsonField}`)})`,
      '',
    );
  lines.push(command(curlArgs(program.request)));
  return `${envComment(program, '#', (name) => `export ${name}='…'`)}${lines.join('\n')}\n`;
}

export const curlTarget: CodeTarget = {
  id: 'curl',
  label: 'cURL (bash)',
  language: 'shell',
  precomputed: [],
  render: renderCurl,
};
