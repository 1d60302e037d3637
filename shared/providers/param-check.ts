/**
 * Checks draft values against a catalog entry's ParamSpecs: required, type, enum, pattern, bounds.
 * Shared by every provider's request builder and by the workbench's form, so both say the same thing.
 */
import type { ParamSpec } from './catalog';

export interface ParamProblem {
  /** Absent for problems of the request as a whole (no path, no base URL). */
  readonly param?: string;
  readonly message: string;
}

/** True for values the user left empty: absent, null or a blank string. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The value as it travels in a form field, query string or path segment. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const typeRules: Partial<Record<ParamSpec['type'], { test: RegExp; message: string }>> = {
  integer: { test: /^-?\d+$/, message: 'must be a whole number' },
  number: { test: /^-?\d+(\.\d+)?$/, message: 'must be a number' },
  decimal: { test: /^-?\d+(\.\d+)?$/, message: 'must be a decimal number such as 117.45' },
  boolean: { test: /^(true|false)$/, message: 'must be true or false' },
  date: { test: /^\d{4}-\d{2}-\d{2}$/, message: 'must be a date as YYYY-MM-DD' },
};

function problemsOf(spec: ParamSpec, value: unknown): string[] {
  if (spec.type === 'object' || spec.type === 'array') return [];
  const text = asText(value).trim();
  const problems: string[] = [];
  const rule = typeRules[spec.type];
  if (rule && !rule.test.test(text)) problems.push(rule.message);
  if (spec.enum && !spec.enum.includes(text)) problems.push(`must be one of ${spec.enum.join(', ')}`);
  if (spec.pattern && !new RegExp(spec.pattern).test(text)) problems.push(`must be ${expectedFormat(spec)}`);
  if (spec.maxLength !== undefined && text.length > spec.maxLength)
    problems.push(`must be at most ${spec.maxLength} characters`);
  const numeric = Number(text);
  if (spec.minimum !== undefined && numeric < spec.minimum) problems.push(`must be at least ${spec.minimum}`);
  if (spec.maximum !== undefined && numeric > spec.maximum) problems.push(`must be at most ${spec.maximum}`);
  return problems;
}

const datePatterns: readonly (readonly [RegExp, string])[] = [
  [/\\d\{4\}-\\d\{2\}-\\d\{2\}\[ T\]/, 'a date and time like 2026-12-02 14:30'],
  [/\\d\{4\}-\\d\{2\}-\\d\{2\}/, 'a date like 2026-12-02'],
  [/\\d\{8\}T\\d\{6\}/, 'a date and time like 20261202T143000'],
];

/**
 * What a pattern-checked value should look like, in words: a user is never shown the regular expression
 * itself. Dates say so by example; otherwise the description and the catalog's example.
 */
export function expectedFormat(spec: ParamSpec): string {
  const date = spec.pattern ? datePatterns.find(([shape]) => shape.test(spec.pattern ?? '')) : undefined;
  if (date) return date[1];
  const example = spec.example === undefined ? '' : asText(spec.example);
  if (spec.description && example) return `like ${example} (${spec.description.replace(/\.$/, '')})`;
  if (example) return `like ${example}`;
  return spec.description ? `as described: ${spec.description.replace(/\.$/, '')}` : 'in the documented format';
}

/** Every problem of the draft's values, one per parameter, each naming the parameter. */
export function checkParams(specs: readonly ParamSpec[], values: Readonly<Record<string, unknown>>): ParamProblem[] {
  const found: ParamProblem[] = [];
  for (const spec of specs) {
    const value = values[spec.name];
    if (isBlank(value)) {
      if (spec.required)
        found.push({
          param: spec.name,
          message: `${spec.name} is required${spec.description ? `: ${spec.description}` : ''}`,
        });
      continue;
    }
    const problems = problemsOf(spec, value);
    if (problems.length > 0)
      found.push({ param: spec.name, message: `${spec.name} ${problems.join('; ')} (got "${asText(value)}")` });
  }
  return found;
}

/**
 * The catalog's problems with parameter values: refusals, or (lenient, "Send anyway") warnings that say the
 * request went out without them, so the server's own answer can be seen.
 */
export function paramVerdict(
  problems: readonly ParamProblem[],
  lenient: boolean,
): { readonly errors: ParamProblem[]; readonly warnings: string[] } {
  if (!lenient) return { errors: [...problems], warnings: [] };
  return {
    errors: [],
    warnings: problems.map((problem) => `Sent anyway: ${problem.message}.`),
  };
}

/** A form field's text → the value stored in the draft, typed as the catalog says. */
export function coerceParam(spec: ParamSpec, text: string): unknown {
  if (text === '') return undefined;
  if ((spec.type === 'integer' || spec.type === 'number') && text.trim() !== '' && !Number.isNaN(Number(text)))
    return Number(text);
  if (spec.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  if (spec.type === 'object' || spec.type === 'array') {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
