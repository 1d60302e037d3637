/** Python requests: secrets from os.environ, form pairs and multipart parts in order, files opened in 'rb'. */
import { partsOf, programUses as uses } from '../expr';
import type { CodeProgram, CodeRequest, CodeTarget, Expr } from '../program';
import { envComment, groupedHeaders, isMultipartType } from './common';

export function pyQuote(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  const escaped = value.replace(/[\\'\n\r\t]|[\u0000-\u001f\u007f]/g, (c) => {
    const named: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
  return `'${escaped}'`;
}

function piece(expr: Expr): string {
  switch (expr.kind) {
    case 'text':
      return pyQuote(expr.text);
    case 'env':
      return `os.environ[${pyQuote(expr.name)}]`;
    case 'step':
      return expr.name;
    case 'md5':
      return `hashlib.md5(${pyExpr(expr.of)}.encode('utf-8')).hexdigest()`;
    case 'urlencode':
      return `urllib.parse.quote_plus(${pyExpr(expr.of)})`;
    case 'concat':
      return pyExpr(expr);
  }
}

export function pyExpr(expr: Expr): string {
  const parts = partsOf(expr);
  return parts.length === 0 ? "''" : parts.map(piece).join(' + ');
}

function call(request: CodeRequest): string {
  const args = [pyQuote(request.method), pyExpr(request.url)];
  const headers = groupedHeaders(request).filter(
    ([name, values]) => !(request.body.kind === 'multipart' && values.every((v) => isMultipartType([name, v]))),
  );
  if (headers.length > 0)
    args.push(
      `headers={\n${headers
        .map(([name, values]) => `        ${pyQuote(name)}: ${values.map(pyExpr).join(" + ', ' + ")},`)
        .join('\n')}\n    }`,
    );
  if (request.basicAuth) args.push(`auth=(${pyExpr(request.basicAuth.user)}, ${pyExpr(request.basicAuth.password)})`);
  const body = request.body;
  if (body.kind === 'raw') args.push(`data=${pyExpr(body.text)}.encode('utf-8')`);
  if (body.kind === 'file') args.push(`data=open(${pyQuote(body.path)}, 'rb')`);
  if (body.kind === 'form')
    args.push(
      `data=[\n${body.fields.map((f) => `        (${pyQuote(f.name)}, ${pyExpr(f.value)}),`).join('\n')}\n    ]`,
    );
  if (body.kind === 'multipart')
    args.push(
      `files=[\n${body.parts
        .map((part) =>
          'value' in part
            ? `        (${pyQuote(part.name)}, (None, ${pyExpr(part.value)})),`
            : `        (${pyQuote(part.name)}, (${pyQuote(part.fileName)}, open(${pyQuote(part.filePath)}, 'rb'), ${pyQuote(part.contentType)})),`,
        )
        .join('\n')}\n    ]`,
    );
  if (request.insecure) args.push('verify=False');
  return `requests.request(\n${args.map((a) => `    ${a},`).join('\n')}\n)`;
}

export function renderPythonRequests(program: CodeProgram): string {
  const imports = [
    ...(uses(program, 'md5') ? ['import hashlib'] : []),
    ...(uses(program, 'env') ? ['import os'] : []),
    ...(uses(program, 'urlencode') ? ['import urllib.parse'] : []),
    '',
    'import requests',
  ];
  const blocks = [imports.join('\n').replace(/^\n/, '')];
  for (const s of program.steps)
    blocks.push(`# ${s.comment}\n${s.name} = ${call(s.request)}.json()[${pyQuote(s.jsonField)}]`);
  blocks.push(`response = ${call(program.request)}\nprint(response.text)`);
  return `${envComment(program, '#', (name) => `export ${name}='…'`)}${blocks.join('\n\n')}\n`;
}

export const pythonRequestsTarget: CodeTarget = {
  id: 'python-requests',
  label: 'Python requests',
  language: 'python',
  precomputed: [],
  render: renderPythonRequests,
};
