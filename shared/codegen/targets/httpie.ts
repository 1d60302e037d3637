/** HTTPie: request items after the URL (`Name:value`, `field=value`, `file@path`), secrets as "$VARIABLES". */
import { concat, literalOf, text } from '../expr';
import type { CodeProgram, CodeRequest, CodeTarget } from '../program';
import { envComment, headersToWrite, shellVar } from './common';
import { shellQuote, shellWord } from './shell';

/** A key in a request item: HTTPie's separators in it are backslash-escaped. */
const itemKey = (name: string) => name.replace(/[\\:=@;]/g, (c) => `\\${c}`);

function args(request: CodeRequest): { args: string[]; stdin: string | null } {
  const flags: string[] = [];
  const items: string[] = [];
  let stdin: string | null = null;
  const body = request.body;
  if (body.kind === 'form') flags.push('--form');
  if (body.kind === 'multipart') flags.push('--multipart');
  if (body.kind === 'raw') flags.push(`--raw ${shellWord(body.text)}`);
  if (body.kind === 'file') stdin = body.path;
  if (request.insecure) flags.push('--verify=no');
  if (request.basicAuth)
    flags.push(`--auth ${shellWord(concat(request.basicAuth.user, text(':'), request.basicAuth.password))}`);
  for (const [name, value] of headersToWrite(request))
    items.push(
      literalOf(value) === '' ? shellQuote(`${itemKey(name)};`) : shellWord(concat(text(`${itemKey(name)}:`), value)),
    );
  if (body.kind === 'form')
    for (const f of body.fields) items.push(shellWord(concat(text(`${itemKey(f.name)}=`), f.value)));
  if (body.kind === 'multipart')
    for (const part of body.parts)
      items.push(
        'value' in part
          ? shellWord(concat(text(`${itemKey(part.name)}=`), part.value))
          : shellQuote(`${itemKey(part.name)}@${part.filePath};type=${part.contentType}`),
      );
  return {
    args: [...(stdin ? [] : ['--ignore-stdin']), ...flags, request.method, shellWord(request.url), ...items],
    stdin,
  };
}

function command(request: CodeRequest): string {
  const built = args(request);
  return `http ${built.args.join(' \\\n  ')}${built.stdin ? ` \\\n  < ${shellQuote(built.stdin)}` : ''}`;
}

export function renderHttpie(program: CodeProgram): string {
  const lines: string[] = [];
  for (const s of program.steps)
    lines.push(
      `# ${s.comment}`,
      `${shellVar(s.name)}=$(${command(s.request)} | jq -r ${shellQuote(`.${s.jsonField}`)})`,
      '',
    );
  lines.push(command(program.request));
  return `${envComment(program, '#', (name) => `export ${name}='…'`)}${lines.join('\n')}\n`;
}

export const httpieTarget: CodeTarget = {
  id: 'httpie',
  label: 'HTTPie',
  language: 'shell',
  precomputed: [],
  render: renderHttpie,
};
