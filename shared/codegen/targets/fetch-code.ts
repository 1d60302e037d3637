/** The fetch() call both JavaScript targets write; they differ in where secrets and files come from. */
import type { CodeRequest, Expr } from '../program';
import { headersToWrite } from './common';
import { jsExpr, jsQuote } from './js';

export interface FetchFlavour {
  readonly env: (name: string) => string;
  /** An expression for a file's contents as a Blob (Node reads the path; a browser asks the user). */
  readonly fileBlob: (filePath: string, contentType: string, index: number) => string;
  /** base64 of a string. */
  readonly base64: (expr: string) => string;
}

/** Statements preparing the body (a FormData), then the call's init object. */
export function fetchCall(request: CodeRequest, flavour: FetchFlavour, resultVar: string): string {
  const e = (expr: Expr) => jsExpr(expr, flavour.env);
  const lines: string[] = [];
  const headers = headersToWrite(request).map(([name, value]) => `    [${jsQuote(name)}, ${e(value)}],`);
  if (request.basicAuth)
    headers.push(
      `    ['Authorization', 'Basic ' + ${flavour.base64(`${e(request.basicAuth.user)} + ':' + ${e(request.basicAuth.password)}`)}],`,
    );
  const init = [`  method: ${jsQuote(request.method)},`];
  if (headers.length > 0) init.push(`  headers: [\n${headers.join('\n')}\n  ],`);
  const body = request.body;
  if (body.kind === 'raw') init.push(`  body: ${e(body.text)},`);
  if (body.kind === 'form')
    init.push(
      `  body: new URLSearchParams([\n${body.fields.map((f) => `    [${jsQuote(f.name)}, ${e(f.value)}],`).join('\n')}\n  ]),`,
    );
  if (body.kind === 'file') init.push(`  body: ${flavour.fileBlob(body.path, '', 0)},`);
  if (body.kind === 'multipart') {
    lines.push('const form = new FormData();');
    body.parts.forEach((part, index) =>
      lines.push(
        'value' in part
          ? `form.append(${jsQuote(part.name)}, ${e(part.value)});`
          : `form.append(${jsQuote(part.name)}, ${flavour.fileBlob(part.filePath, part.contentType, index)}, ${jsQuote(part.fileName)});`,
      ),
    );
    init.push('  body: form,');
  }
  lines.push(`const ${resultVar} = await fetch(${e(request.url)}, {\n${init.join('\n')}\n});`);
  return lines.join('\n');
}
