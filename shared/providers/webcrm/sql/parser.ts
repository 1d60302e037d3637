/** node-sql-parser with the T-SQL grammar only (webCRM runs on SQL Server), and helpers to read its tree. */
import * as transactsql from 'node-sql-parser/build/transactsql.js';
import type { AST } from 'node-sql-parser/build/transactsql.js';
import { errorMessage } from '../../../values';

// The build is CommonJS: Node exposes it as `default`, bundlers as named exports.
const ParserClass = transactsql.Parser ?? (transactsql as unknown as { default: typeof transactsql }).default.Parser;
const parser = new ParserClass();
const options = { database: 'transactsql' };

export type ParsedStatements = AST[];

/** Throws the parser's error (with `location`) on a syntax error. */
export function parseStatements(sql: string): ParsedStatements {
  const ast = parser.astify(sql, options);
  return Array.isArray(ast) ? ast : [ast];
}

export interface SyntaxErrorInfo {
  readonly message: string;
  readonly offset: number;
}

/** The last word or symbol before `offset`, to say where a problem is in words. */
function textBefore(sql: string, offset: number): string {
  return /(\S+)\s*$/.exec(sql.slice(0, offset))?.[1]?.slice(-24) ?? '';
}

/**
 * The parser's error in words a user can act on. Its own message lists every token it would have accepted
 * (80 to 180 of them while a query is half typed), which says nothing useful.
 */
export function syntaxErrorInfo(error: unknown, sql: string): SyntaxErrorInfo {
  const peg = error as {
    location?: { start?: { offset?: number } };
    found?: string | null;
    expected?: readonly { type?: string; text?: string }[];
  };
  const offset = peg.location?.start?.offset ?? 0;
  if (!Array.isArray(peg.expected)) return { message: errorMessage(error), offset };
  const before = textBefore(sql, offset);
  const after = before ? ` after “${before}”` : '';
  if (peg.found === null || peg.found === undefined) {
    const unclosedString = peg.expected.some((item) => item.text === "''");
    const message = unclosedString
      ? "A string is not closed: end it with '"
      : `The script ends too early${after}: a name, a value or a closing parenthesis is missing`;
    return { message, offset };
  }
  // The parser reports one character; the whole word there is what the user wrote and will recognise.
  const word = /^[^\s,()]+/.exec(sql.slice(offset))?.[0] ?? peg.found;
  return { message: `Unexpected “${word}”${after}: check the spelling here and just before`, offset };
}

/** A node of the parse tree, read defensively: the tree's types are loose unions. */
export type Node = Readonly<Record<string, unknown>>;

export const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A literal as text: strings unescaped (the T-SQL grammar keeps doubled quotes), numbers as written. */
export function literalText(node: Node): { kind: 'string' | 'number' | 'bool' | 'null'; text: string } | null {
  switch (node.type) {
    case 'single_quote_string':
    case 'var_string':
    case 'string':
    case 'natural_string':
      return { kind: 'string', text: String(node.value).replace(/''/g, "'") };
    case 'number':
    case 'bigint':
      return { kind: 'number', text: String(node.value) };
    case 'bool':
      return { kind: 'bool', text: node.value ? 'true' : 'false' };
    case 'null':
      return { kind: 'null', text: '' };
    default:
      return null;
  }
}

/** Every column reference in a subtree. */
export function collectColumnRefs(value: unknown, into: Node[] = []): Node[] {
  if (Array.isArray(value)) {
    for (const item of value) collectColumnRefs(item, into);
  } else if (isNode(value)) {
    if (value.type === 'column_ref') into.push(value);
    else for (const child of Object.values(value)) collectColumnRefs(child, into);
  }
  return into;
}
