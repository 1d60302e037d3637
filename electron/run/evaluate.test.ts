import { describe, expect, it } from 'vitest';
import { assertionSchema, captureSchema } from '../../shared/run/checks';
import { evaluateAssertion, evaluateCapture, evaluateChecks, type ResponseFacts } from './evaluate';
import { selectXml } from './xml-select';

const json: ResponseFacts = {
  status: 201,
  headers: [
    ['Content-Type', 'application/json'],
    ['X-Request-Id', 'abc-123'],
  ],
  bodyText: JSON.stringify({ data: { id: 812, email: 'ann@example.com', tags: ['a', 'b', 'c'] } }),
  timeMs: 42,
  sizeBytes: 80,
  interpretation: null,
};

const xml: ResponseFacts = {
  ...json,
  headers: [['content-type', 'application/xml']],
  bodyText: '<request><code>200</code><projects><project id="100"><name>Site</name></project></projects></request>',
};

const assert = (input: unknown, facts: ResponseFacts = json) =>
  evaluateAssertion(assertionSchema.parse(input), facts, selectXml);
const capture = (input: unknown, facts: ResponseFacts = json) =>
  evaluateCapture(captureSchema.parse(input), facts, selectXml);

describe('assertions', () => {
  it('status is and in range, with the actual value when it fails', () => {
    expect(assert({ kind: 'status', op: 'is', value: 201 })).toMatchObject({ passed: true, name: 'status is 201' });
    expect(assert({ kind: 'status', op: 'is', value: 200 })).toMatchObject({
      passed: false,
      expected: '200',
      actual: '201',
    });
    expect(assert({ kind: 'status', op: 'in-range', value: 200, max: 299 }).passed).toBe(true);
  });

  it('JSONPath equals, contains, exists, matches and length', () => {
    expect(assert({ kind: 'jsonpath', expression: '$.data.id', op: 'equals', value: '812' }).passed).toBe(true);
    expect(assert({ kind: 'jsonpath', expression: '$.data.email', op: 'contains', value: '@example' }).passed).toBe(
      true,
    );
    expect(assert({ kind: 'jsonpath', expression: '$.data.missing', op: 'exists' })).toMatchObject({
      passed: false,
      actual: '(nothing)',
    });
    expect(assert({ kind: 'jsonpath', expression: '$.data.email', op: 'matches', value: '^ann@' }).passed).toBe(true);
    expect(assert({ kind: 'jsonpath', expression: '$.data.tags', op: 'length', value: '3' }).passed).toBe(true);
  });

  it('a body that is not JSON fails the JSONPath assertion with the reason, not a crash', () => {
    expect(
      assert({ kind: 'jsonpath', expression: '$.a', op: 'exists' }, { ...json, bodyText: '<html>' }),
    ).toMatchObject({
      passed: false,
      actual: 'the body is not JSON',
    });
  });

  it('XPath over an XML body', () => {
    expect(assert({ kind: 'xpath', expression: '/request/code', op: 'equals', value: '200' }, xml).passed).toBe(true);
    expect(assert({ kind: 'xpath', expression: '//project/@id', op: 'equals', value: '100' }, xml).passed).toBe(true);
    expect(assert({ kind: 'xpath', expression: '//nothing', op: 'exists' }, xml).passed).toBe(false);
  });

  it('headers are matched case-insensitively by name', () => {
    expect(assert({ kind: 'header', name: 'x-request-id', op: 'equals', value: 'abc-123' }).passed).toBe(true);
    expect(assert({ kind: 'header', name: 'content-type', op: 'contains', value: 'json' }).passed).toBe(true);
    expect(assert({ kind: 'header', name: 'etag', op: 'exists' })).toMatchObject({ passed: false, actual: '(absent)' });
  });

  it('the envelope assertion follows the provider interpreter, so an error on HTTP 200 fails', () => {
    const apwtError: ResponseFacts = {
      ...json,
      status: 200,
      interpretation: { outcome: 'error', summary: 'Invalid API key', hints: [] },
    };
    expect(assert({ kind: 'envelope-ok' }, apwtError)).toMatchObject({
      passed: false,
      actual: 'error: Invalid API key',
    });
    expect(
      assert({ kind: 'envelope-ok' }, { ...json, interpretation: { outcome: 'ok', summary: 'OK', hints: [] } }).passed,
    ).toBe(true);
  });

  it('time and size limits', () => {
    expect(assert({ kind: 'time-under', ms: 100 }).passed).toBe(true);
    expect(assert({ kind: 'time-under', ms: 10 })).toMatchObject({ passed: false, actual: '42 ms' });
    expect(assert({ kind: 'size-under', bytes: 50 }).passed).toBe(false);
  });
});

describe('captures', () => {
  it('take a value by JSONPath, XPath, header, regex or status', () => {
    expect(capture({ variable: 'subscriberId', from: 'jsonpath', expression: '$.data.id' })).toEqual({
      variable: 'subscriberId',
      value: '812',
      problem: null,
    });
    expect(capture({ variable: 'projectId', from: 'xpath', expression: 'string(//project/@id)' }, xml).value).toBe(
      '100',
    );
    expect(capture({ variable: 'rid', from: 'header', expression: 'X-REQUEST-ID' }).value).toBe('abc-123');
    expect(capture({ variable: 'user', from: 'regex', expression: '"email":"([^@]+)@' }).value).toBe('ann');
    expect(capture({ variable: 'code', from: 'status' }).value).toBe('201');
  });

  it('say why nothing was captured', () => {
    expect(capture({ variable: 'x', from: 'jsonpath', expression: '$.nope' })).toEqual({
      variable: 'x',
      value: null,
      problem: '$.nope matched nothing',
    });
    expect(capture({ variable: 'x', from: 'regex', expression: '(' }).problem).toMatch(/invalid regular expression/);
  });

  it('refuse variable names that could not be written as {{name}}', () => {
    expect(() => captureSchema.parse({ variable: '1st', from: 'status' })).toThrow(/variable name/);
  });
});

describe('a request’s checks together', () => {
  it('XPath checks load the XML stack when they need it, beside JSON and status checks', async () => {
    const results = await evaluateChecks(
      {
        captures: [{ variable: 'projectId', from: 'xpath', expression: '//project/@id', toEnvironment: false }],
        assertions: [
          { kind: 'xpath', expression: '//project/name', op: 'equals', value: 'Site' },
          { kind: 'status', op: 'is', value: 201 },
        ],
      },
      xml,
    );
    expect(results.captures).toEqual([{ variable: 'projectId', value: '100', problem: null }]);
    expect(results.assertions.map((item) => [item.name, item.passed, item.actual])).toEqual([
      ['//project/name equals Site', true, 'Site'],
      ['status is 201', true, '201'],
    ]);
  });

  it('a body that is not XML fails the XPath assertion with the parser’s reason', async () => {
    const results = await evaluateChecks(
      { captures: [], assertions: [{ kind: 'xpath', expression: '//code', op: 'exists', value: '' }] },
      json,
    );
    expect(results.assertions[0]).toMatchObject({ passed: false });
    expect(results.assertions[0]!.actual).toMatch(/^the body is not XML/);
  });
});
