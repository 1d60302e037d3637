/** Any text: an import never throws, and a failure says where the input is malformed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '.';

describe('importText', () => {
  it('never throws on random text, and every failure is located', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
      fc.string().map((s) => `curl ${s}`),
      fc.string().map((s) => `openapi: 3.0.0\npaths:\n  ${s}`),
      fc.string().map((s) => `{"info":{"schema":"postman"},"item":[${s}`),
      fc.anything().map((v) => JSON.stringify({ log: { entries: [v] } }) ?? ''),
      fc.anything().map((v) => JSON.stringify({ _type: 'export', __export_format: 4, resources: [v, v] }) ?? ''),
      fc.anything().map((v) => JSON.stringify({ openapi: '3.0.0', paths: { '/a': { get: v } } }) ?? ''),
      fc.anything().map((v) => JSON.stringify({ info: { schema: 'postman' }, item: [v] }) ?? ''),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = importText(text);
        if (!result.ok) {
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.column).toBeGreaterThanOrEqual(1);
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('malformed JSON and YAML say line and column', () => {
    expect(importText('{\n  "info": {\n    "name": "x",\n  }\n}')).toEqual({
      ok: false,
      error: { message: 'Malformed JSON: a property name is missing', line: 4, column: 3 },
    });
    expect(importText('openapi: 3.0.0\ninfo:\n  title: x\n   bad: y\npaths: {}\n')).toEqual({
      ok: false,
      error: { message: 'Malformed YAML: Nested mappings are not allowed in compact mappings', line: 3, column: 10 },
    });
  });

  it('a document of no known format says what is expected', () => {
    const result = importText('{"hello": "world"}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Not a format Parley imports: expected a cURL command/);
    expect(importText('{"swagger": "1.2"}')).toMatchObject({
      ok: false,
      error: { message: /Swagger 2.0 and OpenAPI 3.x/ },
    });
  });
});
