import { describe, expect, it } from 'vitest';
import { parseJsonWithLocation } from './json-problem';

describe('invalid JSON is located', () => {
  it('names the line and column of the error', () => {
    const result = parseJsonWithLocation('{\n  "a": 1,\n  "b": }\n');
    expect(result).toMatchObject({ ok: false, line: 3, column: 8 });
  });

  it('accepts valid JSON', () => {
    expect(parseJsonWithLocation('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });
});
