/** POSIX shell words for expressions: literal text single-quoted, variables double-quoted. */
import { partsOf } from '../expr';
import type { Expr } from '../program';
import { shellVar } from './common';

export const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

function piece(expr: Expr): string {
  switch (expr.kind) {
    case 'text':
      return shellQuote(expr.text);
    case 'env':
      return `"$${expr.name}"`;
    case 'step':
      return `"$${shellVar(expr.name)}"`;
    case 'md5':
      return `"$(printf '%s' ${shellWord(expr.of)} | md5sum | cut -d' ' -f1)"`;
    case 'urlencode':
      return `"$(printf '%s' ${shellWord(expr.of)} | jq -sRr @uri)"`;
    case 'concat':
      return shellWord(expr);
  }
}

/** One shell word; adjacent quoted pieces join without a space. */
export function shellWord(expr: Expr): string {
  const parts = partsOf(expr);
  return parts.length === 0 ? "''" : parts.map(piece).join('');
}
