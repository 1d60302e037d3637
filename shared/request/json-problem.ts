/**
 * Parses JSON and, when it is invalid, says where: line and column, as editors count them (1-based).
 * jsonc-parser (VS Code's) scans in strict mode here: no comments, no trailing commas.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type JsonParse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

const describe: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'A property name in double quotes is expected',
  ValueExpected: 'A value is expected',
  ColonExpected: 'A colon is expected',
  CommaExpected: 'A comma is expected',
  CloseBraceExpected: 'A closing } is expected',
  CloseBracketExpected: 'A closing ] is expected',
  EndOfFileExpected: 'Nothing may follow the JSON value',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Comments are not allowed in JSON',
  UnexpectedEndOfString: 'A string is not closed',
  UnexpectedEndOfNumber: 'A number is incomplete',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in a string',
};

export function parseJsonWithLocation(text: string): JsonParse {
  if (text.trim() === '') return { ok: false, message: 'The JSON is empty', line: 1, column: 1 };
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return { ok: true, value };
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const code = printParseErrorCode(first.error);
  return { ok: false, message: describe[code] ?? code, line, column };
}
