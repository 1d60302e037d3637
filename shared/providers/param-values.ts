/**
 * Checks parameter values against a catalog entry before anything is sent: required fields, types,
 * enums, patterns and bounds, each problem naming the parameter and the reason.
 */
import type { ParamSpec } from './catalog';

export interface ParamProblem {
  readonly param: string;
  readonly message: string;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

function typeProblem(spec: ParamSpec, value: unknown): string | null {
  const text = typeof value === 'string' ? value.trim() : value;
  switch (spec.type) {
    case 'integer':
      return Number.isInteger(typeof text === 'string' ? Number(text) : text) && text !== '' ? null : 'must be a whole number';
    case 'number':
    case 'decimal':
      return typeof text === 'number' || (typeof text === 'string' && text !== '' && !Number.isNaN(Number(text))) ? null : 'must be a number, e.g. 117.45';
    case 'boolean':
      return typeof text === 'boolean' || text === 'true' || text === 'false' ? null : 'must be true or false';
    case 'date':
      return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? null : 'must be a date like 2024-01-31';
    case 'datetime':
      return typeof text === 'string' && !Number.isNaN(Date.parse(text)) ? null : 'must be an ISO date-time like 2024-01-31T12:00:00';
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? null : 'must be a JSON object';
    case 'array':
      return Array.isArray(value) ? null : 'must be a JSON array';
    default:
      return null;
  }
}

export function checkParams(specs: readonly ParamSpec[], values: Readonly<Record<string, unknown>>): ParamProblem[] {
  const problems: ParamProblem[] = [];
  for (const spec of specs) {
    const value = values[spec.name];
    if (isBlank(value)) {
      if (spec.required) problems.push({ param: spec.name, message: `${spec.name} is required.` });
      continue;
    }
    const wrongType = typeProblem(spec, value);
    if (wrongType) {
      problems.push({ param: spec.name, message: `${spec.name} ${wrongType}.` });
      continue;
    }
    const text = String(value);
    if (spec.enum && spec.enum.length > 0 && !spec.enum.includes(text)) {
      problems.push({ param: spec.name, message: `${spec.name} must be one of ${spec.enum.join(', ')} (exact case).` });
    }
    if (spec.pattern && typeof value === 'string' && !new RegExp(spec.pattern).test(value)) {
      problems.push({ param: spec.name, message: `${spec.name} does not have the expected form (${spec.pattern}).` });
    }
    if (typeof spec.maxLength === 'number' && text.length > spec.maxLength) {
      problems.push({ param: spec.name, message: `${spec.name} is longer than ${spec.maxLength} characters.` });
    }
    const numeric = Number(value);
    if (typeof spec.minimum === 'number' && numeric < spec.minimum) problems.push({ param: spec.name, message: `${spec.name} must be at least ${spec.minimum}.` });
    if (typeof spec.maximum === 'number' && numeric > spec.maximum) problems.push({ param: spec.name, message: `${spec.name} must be at most ${spec.maximum}.` });
  }
  return problems;
}

/** A form field's text → the value stored in the draft, typed as the catalog says. */
export function coerceParam(spec: ParamSpec, text: string): unknown {
  if (text === '') return undefined;
  if ((spec.type === 'integer' || spec.type === 'number') && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
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
