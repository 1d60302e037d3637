/** What several targets share: the list of variables above the code, header grouping, step naming. */
import type { CodeProgram, CodeRequest, Expr } from '../program';

/** "Set these first" lines, each prefixed with the language's comment marker. */
export function envComment(program: CodeProgram, comment: string, setExample: (name: string) => string): string {
  if (program.env.length === 0) return '';
  const width = Math.max(...program.env.map((v) => v.name.length));
  const lines = [
    `${comment} Set these environment variables first (e.g. ${setExample(program.env[0]!.name)}):`,
    ...program.env.map((v) => `${comment}   ${v.name.padEnd(width)}  ${v.description}`),
  ];
  return `${lines.join('\n')}\n\n`;
}

/** Headers in order, the values of a repeated name gathered under its first spelling (for maps). */
export function groupedHeaders(request: CodeRequest): [string, Expr[]][] {
  const groups: [string, Expr[]][] = [];
  for (const [name, value] of request.headers) {
    const group = groups.find(([key]) => key.toLowerCase() === name.toLowerCase());
    if (group) group[1].push(value);
    else groups.push([name, [value]]);
  }
  return groups;
}

/** A step's variable name in camelCase languages: `token` → `token`; in shells: `TOKEN`. */
export const shellVar = (name: string): string => name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');

export const isMultipartType = ([name, value]: readonly [string, Expr]): boolean =>
  name.toLowerCase() === 'content-type' && value.kind === 'text' && /^multipart\/form-data/i.test(value.text);

/** A multipart body's Content-Type is written by the library with its boundary. */
export const headersToWrite = (request: CodeRequest): (readonly [string, Expr])[] =>
  request.body.kind === 'multipart' ? request.headers.filter((h) => !isMultipartType(h)) : [...request.headers];
