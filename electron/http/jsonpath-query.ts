/**
 * JSONPath over a whole JSON text, for a body too large for the window: all matches are counted, only the
 * first ones are kept (re-indented as a JSON array) for the viewer.
 */
import { JSONPath } from 'jsonpath-plus';
import { jsonPathProblem } from '../../shared/http/jsonpath-problem';
import { errorMessage } from '../../shared/values';

export interface JsonPathMatches {
  /** The first `shown` matches as a JSON array, two-space indented. */
  readonly text: string;
  /** Every match in the body. */
  readonly count: number;
  readonly shown: number;
}

export function queryJson(json: string, expression: string, limit: number): JsonPathMatches {
  const invalid = jsonPathProblem(expression);
  if (invalid) throw new Error(invalid);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`The body is not valid JSON (${errorMessage(error)}): JSONPath needs a whole JSON document.`);
  }
  if (parsed === null || typeof parsed !== 'object') return { text: '[]', count: 0, shown: 0 };
  const matches = JSONPath({ path: expression, json: parsed, wrap: true }) as unknown[];
  const first = matches.slice(0, limit);
  return { text: JSON.stringify(first, null, 2), count: matches.length, shown: first.length };
}
