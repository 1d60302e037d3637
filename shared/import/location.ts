/** Parsing JSON and YAML with the place of the first error (line and column, 1-based) instead of a throw. */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import type { ImportFailure } from './types';

export type Parsed =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ImportFailure };

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < Math.min(offset, text.length); i += 1)
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  return { line, column: Math.min(offset, text.length) - start + 1 };
}

const jsonMessages: Partial<Record<string, string>> = {
  InvalidSymbol: 'an unexpected character',
  ValueExpected: 'a value is missing',
  PropertyNameExpected: 'a property name is missing',
  ColonExpected: 'a ":" is missing',
  CommaExpected: 'a "," is missing',
  CloseBraceExpected: 'a "}" is missing',
  CloseBracketExpected: 'a "]" is missing',
  EndOfFileExpected: 'text follows the end of the document',
  UnexpectedEndOfString: 'a string is not closed',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCommentToken: 'comments are not allowed in JSON',
};

/** Strict JSON (no comments, no trailing commas), the first error located. */
export function parseJson(text: string): Parsed {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return { ok: true, value };
  const code = printParseErrorCode(first.error);
  return {
    ok: false,
    error: { message: `Malformed JSON: ${jsonMessages[code] ?? code}`, ...lineColumn(text, first.offset) },
  };
}

export function parseYaml(text: string): Parsed {
  try {
    const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
    const first = document.errors[0];
    if (first) {
      const place = first.linePos?.[0];
      const reason = first.message.split('\n')[0] ?? 'not valid YAML';
      return {
        ok: false,
        error: {
          message: `Malformed YAML: ${reason.replace(/ at line \d+, column \d+.*$/, '')}`,
          line: place?.line ?? lineColumn(text, first.pos[0]).line,
          column: place?.col ?? lineColumn(text, first.pos[0]).column,
        },
      };
    }
    return { ok: true, value: document.toJS({ maxAliasCount: 1000 }) };
  } catch (error) {
    return { ok: false, error: { message: `Malformed YAML: ${String(error).split('\n')[0]}`, line: 1, column: 1 } };
  }
}
