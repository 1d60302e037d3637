/**
 * What a saved request checks and keeps from its response, declared rather than scripted: captures
 * (a value from the response into a variable of the run) and assertions (status, the provider's envelope,
 * JSONPath/XPath, headers, time, size). Stored in the request's collection file; evaluated in main.
 */
import { z } from 'zod';

export const variableNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'a variable name is letters, digits, _ . and - (not first)');

export const captureSchema = z.object({
  variable: variableNameSchema,
  from: z.enum(['jsonpath', 'xpath', 'header', 'regex', 'status']),
  /** The JSONPath, XPath, header name or regular expression (first group, else the whole match). */
  expression: z.string().max(2000).default(''),
  /** In the app: also set the variable in the active environment. */
  toEnvironment: z.boolean().default(false),
});
export type Capture = z.infer<typeof captureSchema>;

const valueOps = z.enum(['equals', 'contains', 'exists', 'matches', 'length']);
export type ValueOp = z.infer<typeof valueOps>;

export const assertionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    op: z.enum(['is', 'in-range']),
    value: z.number().int(),
    max: z.number().int().optional(),
  }),
  /** The provider's interpreter reads the envelope as OK (an APWT error on HTTP 200 fails). */
  z.object({ kind: z.literal('envelope-ok') }),
  z.object({
    kind: z.literal('jsonpath'),
    expression: z.string().min(1).max(2000),
    op: valueOps,
    value: z.string().max(10_000).default(''),
  }),
  z.object({
    kind: z.literal('xpath'),
    expression: z.string().min(1).max(2000),
    op: valueOps,
    value: z.string().max(10_000).default(''),
  }),
  z.object({
    kind: z.literal('header'),
    name: z.string().min(1).max(200),
    op: z.enum(['equals', 'contains', 'exists']),
    value: z.string().max(10_000).default(''),
  }),
  z.object({ kind: z.literal('time-under'), ms: z.number().positive() }),
  z.object({ kind: z.literal('size-under'), bytes: z.number().int().positive() }),
]);
export type Assertion = z.infer<typeof assertionSchema>;

export const requestChecksSchema = z.object({
  captures: z.array(captureSchema).max(100).default([]),
  assertions: z.array(assertionSchema).max(200).default([]),
});
export type RequestChecks = z.infer<typeof requestChecksSchema>;

export interface AssertionResult {
  /** A readable name: `status is 200`, `$.data.id exists`. Unique within a request. */
  readonly name: string;
  readonly passed: boolean;
  readonly expected: string;
  readonly actual: string;
}

export interface CaptureResult {
  readonly variable: string;
  /** Null when nothing matched; the variable is then left unset and `problem` says why. */
  readonly value: string | null;
  readonly problem: string | null;
}

/** What a send's checks gave, shown after each send and recorded in run reports. */
export interface CheckResults {
  readonly assertions: readonly AssertionResult[];
  readonly captures: readonly CaptureResult[];
}

/** A readable one-line name for an assertion, used in reports and JUnit test case names. */
export function assertionName(assertion: Assertion): string {
  switch (assertion.kind) {
    case 'status':
      return assertion.op === 'is'
        ? `status is ${assertion.value}`
        : `status in ${assertion.value}–${assertion.max ?? assertion.value}`;
    case 'envelope-ok':
      return 'envelope says OK';
    case 'jsonpath':
    case 'xpath':
      return assertion.op === 'exists'
        ? `${assertion.expression} exists`
        : `${assertion.expression} ${assertion.op} ${assertion.value}`;
    case 'header':
      return assertion.op === 'exists'
        ? `header ${assertion.name} exists`
        : `header ${assertion.name} ${assertion.op} ${assertion.value}`;
    case 'time-under':
      return `time under ${assertion.ms} ms`;
    case 'size-under':
      return `body under ${assertion.bytes} bytes`;
  }
}
