/**
 * Evaluates a request's captures and assertions against what came back. Runs in main (the body may be
 * large and is never sent to a script sandbox): JSONPath with jsonpath-plus, XPath with xpath over xmldom.
 * The XML stack is loaded only for checks that use XPath: most runs never parse XML.
 */
import { JSONPath } from 'jsonpath-plus';
import type { HeaderList } from '../../shared/http/types';
import type { Interpretation } from '../../shared/providers/types';
import {
  assertionName,
  type Assertion,
  type AssertionResult,
  type Capture,
  type CaptureResult,
  type CheckResults,
  type RequestChecks,
  type ValueOp,
} from '../../shared/run/checks';
import { errorMessage } from '../../shared/values';
import { headerValues } from '../../shared/http/headers';

export interface ResponseFacts {
  readonly status: number;
  readonly headers: HeaderList;
  /** Null when the body was not text or not kept. */
  readonly bodyText: string | null;
  readonly timeMs: number;
  readonly sizeBytes: number;
  /** The provider's reading of the envelope; null for plain HTTP. */
  readonly interpretation: Interpretation | null;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

export type Selection = { ok: true; values: unknown[] } | { ok: false; problem: string };

/** Selects values from an XML body with an XPath expression (`./xml-select`). */
export type XmlSelect = (bodyText: string | null, expression: string) => Selection;

function selectJson(bodyText: string | null, expression: string): Selection {
  if (bodyText === null) return { ok: false, problem: 'the body is not text' };
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return { ok: false, problem: 'the body is not JSON' };
  }
  try {
    const values: unknown = JSONPath({ path: expression, json: json as object, wrap: true });
    return { ok: true, values: Array.isArray(values) ? values : [] };
  } catch (error) {
    return { ok: false, problem: `invalid JSONPath: ${errorMessage(error)}` };
  }
}

function compare(op: ValueOp, values: unknown[], expected: string): { passed: boolean; actual: string } {
  const first = values[0];
  const actual = values.length === 0 ? '(nothing)' : asText(values.length === 1 ? first : values);
  switch (op) {
    case 'exists':
      return { passed: values.length > 0, actual };
    case 'equals':
      return { passed: values.length > 0 && asText(first) === expected, actual };
    case 'contains':
      return { passed: values.some((value) => asText(value).includes(expected)), actual };
    case 'matches': {
      let pattern: RegExp;
      try {
        pattern = new RegExp(expected);
      } catch {
        return { passed: false, actual: `invalid pattern ${expected}` };
      }
      return { passed: values.some((value) => pattern.test(asText(value))), actual };
    }
    case 'length': {
      const length = Array.isArray(first) ? first.length : typeof first === 'string' ? first.length : values.length;
      return { passed: String(length) === expected.trim(), actual: String(length) };
    }
  }
}

export function evaluateAssertion(assertion: Assertion, facts: ResponseFacts, selectXml: XmlSelect): AssertionResult {
  const name = assertionName(assertion);
  const result = (passed: boolean, expected: string, actual: string): AssertionResult => ({
    name,
    passed,
    expected,
    actual,
  });
  switch (assertion.kind) {
    case 'status': {
      const max = assertion.op === 'is' ? assertion.value : (assertion.max ?? assertion.value);
      const passed = facts.status >= assertion.value && facts.status <= max;
      return result(
        passed,
        assertion.op === 'is' ? String(assertion.value) : `${assertion.value}–${max}`,
        String(facts.status),
      );
    }
    case 'envelope-ok': {
      const reading = facts.interpretation;
      if (!reading) return result(facts.status < 400, 'a 2xx/3xx answer', `HTTP ${facts.status}`);
      return result(reading.outcome === 'ok', 'ok', `${reading.outcome}: ${reading.summary}`);
    }
    case 'jsonpath':
    case 'xpath': {
      const selection =
        assertion.kind === 'jsonpath'
          ? selectJson(facts.bodyText, assertion.expression)
          : selectXml(facts.bodyText, assertion.expression);
      if (!selection.ok)
        return result(false, assertion.op === 'exists' ? 'a match' : assertion.value, selection.problem);
      const compared = compare(assertion.op, selection.values, assertion.value);
      return result(compared.passed, assertion.op === 'exists' ? 'a match' : assertion.value, compared.actual);
    }
    case 'header': {
      const values = headerValues(facts.headers, assertion.name);
      const actual = values.length === 0 ? '(absent)' : values.join(', ');
      if (assertion.op === 'exists') return result(values.length > 0, 'present', actual);
      const passed =
        assertion.op === 'equals'
          ? values.includes(assertion.value)
          : values.some((value) => value.includes(assertion.value));
      return result(passed, assertion.value, actual);
    }
    case 'time-under':
      return result(facts.timeMs < assertion.ms, `< ${assertion.ms} ms`, `${Math.round(facts.timeMs)} ms`);
    case 'size-under':
      return result(facts.sizeBytes < assertion.bytes, `< ${assertion.bytes} bytes`, `${facts.sizeBytes} bytes`);
  }
}

export function evaluateCapture(capture: Capture, facts: ResponseFacts, selectXml: XmlSelect): CaptureResult {
  const found = (value: unknown): CaptureResult => ({
    variable: capture.variable,
    value: asText(value),
    problem: null,
  });
  const notFound = (problem: string): CaptureResult => ({ variable: capture.variable, value: null, problem });
  switch (capture.from) {
    case 'status':
      return found(String(facts.status));
    case 'header': {
      const values = headerValues(facts.headers, capture.expression);
      return values.length > 0 ? found(values[0]) : notFound(`no ${capture.expression} header`);
    }
    case 'regex': {
      if (facts.bodyText === null) return notFound('the body is not text');
      let pattern: RegExp;
      try {
        pattern = new RegExp(capture.expression);
      } catch {
        return notFound(`invalid regular expression ${capture.expression}`);
      }
      const match = pattern.exec(facts.bodyText);
      return match ? found(match[1] ?? match[0]) : notFound(`${capture.expression} did not match`);
    }
    case 'jsonpath':
    case 'xpath': {
      const selection =
        capture.from === 'jsonpath'
          ? selectJson(facts.bodyText, capture.expression)
          : selectXml(facts.bodyText, capture.expression);
      if (!selection.ok) return notFound(selection.problem);
      return selection.values.length > 0
        ? found(selection.values[0])
        : notFound(`${capture.expression} matched nothing`);
    }
  }
}

const usesXPath = (checks: RequestChecks) =>
  checks.captures.some((capture) => capture.from === 'xpath') ||
  checks.assertions.some((assertion) => assertion.kind === 'xpath');

const noXPath: XmlSelect = () => ({ ok: false, problem: 'no XPath check was expected' });

export async function evaluateChecks(checks: RequestChecks, facts: ResponseFacts): Promise<CheckResults> {
  const selectXml = usesXPath(checks) ? (await import('./xml-select')).selectXml : noXPath;
  return {
    captures: checks.captures.map((capture) => evaluateCapture(capture, facts, selectXml)),
    assertions: checks.assertions.map((assertion) => evaluateAssertion(assertion, facts, selectXml)),
  };
}

/** The same results with every secret masked, for the renderer, history and reports. */
export function redactChecks(results: CheckResults, redact: (text: string) => string): CheckResults {
  return {
    captures: results.captures.map((capture) => ({
      ...capture,
      value: capture.value === null ? null : redact(capture.value),
    })),
    assertions: results.assertions.map((assertion) => ({
      ...assertion,
      expected: redact(assertion.expected),
      actual: redact(assertion.actual),
    })),
  };
}
