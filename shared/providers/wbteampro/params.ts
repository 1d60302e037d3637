/** The `params` bag: checked against the method's known fields, then encoded as an array or a JSON string. */
import type { ParamSpec } from '../catalog';
import type { ParamsStyle } from './options';
import { errorMessage } from '../../values';
import { expectedFormat } from '../param-check';

export interface ParamProblem {
  readonly param: string;
  readonly message: string;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Drops empty values: an empty form field means "not given", not "set to nothing". */
export function cleanParams(
  params: Readonly<Record<string, unknown>>,
  drop: readonly string[] = [],
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([name, value]) => !drop.includes(name) && !isEmpty(value)));
}

export function checkParams(
  params: Readonly<Record<string, unknown>>,
  specs: readonly ParamSpec[],
  methodName: string,
): ParamProblem[] {
  const problems: ParamProblem[] = [];
  for (const spec of specs) {
    const value = params[spec.name];
    if (isEmpty(value)) {
      if (spec.required) problems.push({ param: spec.name, message: `${spec.name} is required for ${methodName}` });
      continue;
    }
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    if (spec.enum && !spec.enum.includes(text))
      problems.push({
        param: spec.name,
        message: `${spec.name} must be one of ${spec.enum.join(', ')} (got "${text}")`,
      });
    else if (spec.type === 'integer' && !/^-?[0-9]+$/.test(text))
      problems.push({ param: spec.name, message: `${spec.name} must be a whole number (got "${text}")` });
    else if (spec.type === 'integer' && spec.minimum !== undefined && Number(text) < spec.minimum)
      problems.push({ param: spec.name, message: `${spec.name} must be at least ${spec.minimum}` });
    else if (spec.type === 'integer' && spec.maximum !== undefined && Number(text) > spec.maximum)
      problems.push({ param: spec.name, message: `${spec.name} must be at most ${spec.maximum}` });
    else if (spec.pattern && !new RegExp(spec.pattern).test(text))
      problems.push({ param: spec.name, message: `${spec.name} must be ${expectedFormat(spec)} (got "${text}")` });
  }
  return problems;
}

function flatten(prefix: string, value: unknown, into: [string, string][]): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((item, index) => [String(index), item] as const)
      : Object.entries(value);
    for (const [key, item] of entries) flatten(`${prefix}[${key}]`, item, into);
  } else if (!isEmpty(value)) {
    into.push([prefix, String(value)]);
  }
}

/** `params` as name/value pairs: `params[project_id]=100` (PHP's array syntax) or one `params={…}`. */
export function encodeParams(params: Readonly<Record<string, unknown>>, style: ParamsStyle): [string, string][] {
  if (Object.keys(params).length === 0) return [];
  if (style === 'json') return [['params', JSON.stringify(params)]];
  const pairs: [string, string][] = [];
  flatten('params', params, pairs);
  return pairs;
}

/** Reads `params` back out of query pairs (a pasted URL): either style, nested brackets included. */
export function decodeParams(pairs: readonly (readonly [string, string])[]): {
  params: Record<string, unknown>;
  style: ParamsStyle | null;
  error?: string;
} {
  const params: Record<string, unknown> = {};
  let style: ParamsStyle | null = null;
  for (const [name, value] of pairs) {
    if (name === 'params') {
      style = 'json';
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
          return { params, style, error: 'params is not a JSON object' };
        Object.assign(params, parsed);
      } catch (error) {
        return {
          params,
          style,
          error: `params is not valid JSON: ${errorMessage(error)}`,
        };
      }
    } else if (name.startsWith('params[')) {
      style = 'array';
      const keys = [...name.slice('params'.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1] ?? '');
      let target: Record<string, unknown> = params;
      keys.forEach((key, index) => {
        if (index === keys.length - 1) target[key] = value;
        else {
          const next = target[key];
          target =
            next !== null && typeof next === 'object'
              ? (next as Record<string, unknown>)
              : ((target[key] = {}) as Record<string, unknown>);
        }
      });
    }
  }
  return { params, style };
}

/** Query encoding that keeps PHP's brackets readable (`params[project_id]`), as the reference writes them. */
export function encodeQuery(pairs: readonly (readonly [string, string])[]): string {
  const encode = (text: string) => encodeURIComponent(text).replace(/%5B/g, '[').replace(/%5D/g, ']');
  return pairs.map(([name, value]) => `${encode(name)}=${encodeURIComponent(value)}`).join('&');
}
