import { describe, expect, it } from 'vitest';
import {
  bodyKindOf,
  formatXml,
  jsonPathProblem,
  jsonProblem,
  reindentJson,
  rowAt,
  rowOffsets,
  rowText,
} from './format';

describe('format', () => {
  it('re-indents JSON like JSON.stringify, keeping big numbers and escapes exact', () => {
    const text =
      '{"id":12345678901234567890,"name":"a \\"quoted\\", {tricky}","list":[1,2,{}],"empty":[],"nested":{"t":true,"n":null}}';
    expect(reindentJson(text)).toBe(
      JSON.stringify(JSON.parse(text.replace('12345678901234567890', '"BIG"')), null, 2).replace(
        '"BIG"',
        '12345678901234567890',
      ),
    );
  });

  it('indents XML one element per line', () => {
    expect(formatXml('<?xml version="1.0"?><a><b x="1">text</b><c/><d><e>1</e></d></a>')).toBe(
      '<?xml version="1.0"?>\n<a>\n  <b x="1">text</b>\n  <c/>\n  <d>\n    <e>1</e>\n  </d>\n</a>',
    );
  });

  it('indexes rows, cutting long lines, and finds the row of an offset', () => {
    const text = 'ab\n' + 'x'.repeat(25) + '\nlast';
    const offsets = rowOffsets(text, 10);
    expect([...offsets.keys()].slice(0, -1).map((row) => rowText(text, offsets, row))).toEqual([
      'ab',
      'xxxxxxxxxx',
      'xxxxxxxxxx',
      'xxxxx',
      'last',
    ]);
    expect(rowAt(offsets, text.indexOf('last'))).toBe(4);
    expect(rowAt(offsets, 0)).toBe(0);
  });

  it('guesses the kind of a body', () => {
    expect(bodyKindOf('application/problem+json', '')).toBe('json');
    expect(bodyKindOf('', '  [1]')).toBe('json');
    expect(bodyKindOf('text/xml', '')).toBe('xml');
    expect(bodyKindOf('text/plain', 'hello')).toBe('text');
  });
});

describe('bodies that are not what they claim', () => {
  it('says where a body stops being JSON', () => {
    expect(jsonProblem('{"a": 1,, }')).toBe(
      'The body is not valid JSON: a property name was expected at line 1, column 9. It is shown as it arrived.',
    );
    expect(jsonProblem('{\n  "a": [1,\n  2\n')).toMatch(/at line 4, column 1/);
    expect(jsonProblem('{"a": [1, 2], "b": "x"}')).toBeNull();
  });

  it('says where a JSONPath is invalid', () => {
    expect(jsonPathProblem('$..[')).toBe('Invalid JSONPath: "[" is never closed at position 4.');
    expect(jsonPathProblem('$.items[]')).toBe('Invalid JSONPath: an empty "[]" at position 8.');
    expect(jsonPathProblem('items')).toBe('Invalid JSONPath: a JSONPath starts with $ at position 1.');
    expect(jsonPathProblem("$.a[?(@.name == 'x]')]")).toBeNull();
    expect(jsonPathProblem('$..items[*].id')).toBeNull();
  });

  it('keeps HTML nesting after a void element', () => {
    const html = '<body><p>Hi <img src="a.png"><br></p><div>After</div></body>';
    expect(formatXml(html, true).split('\n')).toEqual([
      '<body>',
      '  <p>Hi',
      '    <img src="a.png">',
      '    <br>',
      '  </p>',
      '  <div>After</div>',
      '</body>',
    ]);
    expect(bodyKindOf('text/html; charset=utf-8', '<p>')).toBe('html');
    expect(bodyKindOf('', '<!DOCTYPE html><html>')).toBe('html');
  });
});
