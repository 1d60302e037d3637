/** PHP expressions: literals in single quotes (a `$` stays a `$`), secrets read with getenv(). */
import { partsOf } from '../expr';
import type { CodeField, Expr } from '../program';

export const phpQuote = (value: string): string => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;

const camel = (name: string) => name.replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase());
export const phpVar = (name: string): string => `$${camel(name)}`;

function piece(expr: Expr): string {
  switch (expr.kind) {
    case 'text':
      return phpQuote(expr.text);
    case 'env':
      return `getenv(${phpQuote(expr.name)})`;
    case 'step':
      return phpVar(expr.name);
    case 'md5':
      return `md5(${phpExpr(expr.of)})`;
    case 'urlencode':
      return `urlencode(${phpExpr(expr.of)})`;
    case 'concat':
      return phpExpr(expr);
  }
}

export function phpExpr(expr: Expr): string {
  const parts = partsOf(expr);
  return parts.length === 0 ? "''" : parts.map(piece).join(' . ');
}

/** A form body as PHP encodes it: http_build_query of a map, or pairs joined by hand when a name repeats. */
export function phpFormBody(fields: readonly CodeField[], indent: string): string {
  const names = fields.map((f) => f.name);
  if (new Set(names).size === names.length)
    return `http_build_query([\n${fields.map((f) => `${indent}    ${phpQuote(f.name)} => ${phpExpr(f.value)},`).join('\n')}\n${indent}])`;
  return `implode('&', [\n${fields
    .map((f) => `${indent}    urlencode(${phpQuote(f.name)}) . '=' . urlencode(${phpExpr(f.value)}),`)
    .join('\n')}\n${indent}])`;
}
