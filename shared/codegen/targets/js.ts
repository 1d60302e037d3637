/** JavaScript expressions: literals JSON-quoted, values joined with +. */
import { partsOf } from '../expr';
import type { Expr } from '../program';

export const jsQuote = (value: string): string =>
  `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;

export function jsExpr(expr: Expr, envRead: (name: string) => string): string {
  const piece = (part: Expr): string => {
    switch (part.kind) {
      case 'text':
        return jsQuote(part.text);
      case 'env':
        return envRead(part.name);
      case 'step':
        return part.name;
      case 'md5':
        return `createHash('md5').update(${jsExpr(part.of, envRead)}).digest('hex')`;
      case 'urlencode':
        return `encodeURIComponent(${jsExpr(part.of, envRead)})`;
      case 'concat':
        return jsExpr(part, envRead);
    }
  };
  const parts = partsOf(expr);
  return parts.length === 0 ? "''" : parts.map(piece).join(' + ');
}
