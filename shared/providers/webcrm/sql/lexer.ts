/**
 * A small SQL tokenizer: enough to find keywords and identifiers outside strings and comments, with their
 * offsets. The INSERT guard and the position of unknown names rely on it, so they work even when the
 * parser gives up on the text.
 */

export interface SqlToken {
  readonly kind: 'word' | 'quoted' | 'string' | 'number' | 'symbol';
  /** For words and [quoted] identifiers: the name without brackets; for strings: the unescaped value. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i] ?? '';
    const next = sql[i + 1] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else if (ch === "'" || ((ch === 'N' || ch === 'n') && next === "'")) {
      const start = i;
      i += ch === "'" ? 1 : 2;
      let value = '';
      while (i < sql.length) {
        if (sql[i] === "'" && sql[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (sql[i] === "'") {
          i += 1;
          break;
        } else {
          value += sql[i];
          i += 1;
        }
      }
      tokens.push({ kind: 'string', text: value, start, end: i });
    } else if (ch === '[' || ch === '"') {
      const close = ch === '[' ? ']' : '"';
      const end = sql.indexOf(close, i + 1);
      const stop = end === -1 ? sql.length : end + 1;
      tokens.push({ kind: 'quoted', text: sql.slice(i + 1, end === -1 ? sql.length : end), start: i, end: stop });
      i = stop;
    } else if (/[A-Za-z_\u00C0-\uFFFF]/.test(ch)) {
      const match = /^[A-Za-z0-9_$\u00C0-\uFFFF]+/.exec(sql.slice(i));
      const text = match?.[0] ?? ch;
      tokens.push({ kind: 'word', text, start: i, end: i + text.length });
      i += text.length;
    } else if (/[0-9]/.test(ch)) {
      const match = /^[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(sql.slice(i));
      const text = match?.[0] ?? ch;
      tokens.push({ kind: 'number', text, start: i, end: i + text.length });
      i += text.length;
    } else {
      tokens.push({ kind: 'symbol', text: ch, start: i, end: i + 1 });
      i += 1;
    }
  }
  return tokens;
}

const isName = (token: SqlToken): boolean => token.kind === 'word' || token.kind === 'quoted';

/** Where a name appears as an identifier (optionally as `qualifier.name`), or null. */
export function findIdentifier(tokens: readonly SqlToken[], name: string, qualifier?: string | null): SqlToken | null {
  const lower = name.toLowerCase();
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token || !isName(token) || token.text.toLowerCase() !== lower) continue;
    if (!qualifier) return token;
    const dot = tokens[index - 1];
    const owner = tokens[index - 2];
    if (dot?.text === '.' && owner && isName(owner) && owner.text.toLowerCase() === qualifier.toLowerCase())
      return token;
  }
  return null;
}
