/**
 * webCRM's /Queries runs any SQL except INSERT. The guard looks at tokens, not at the parse tree, so it
 * also catches INSERT in text the parser rejects, after comments, in any case, in a second statement.
 */
import { tokenizeSql, type SqlToken } from './lexer';

export const insertRefusal = "INSERT is not allowed: webCRM's /Queries runs any SQL except INSERT.";

export function findInsert(sql: string): SqlToken | null {
  return tokenizeSql(sql).find((token) => token.kind === 'word' && token.text.toUpperCase() === 'INSERT') ?? null;
}
