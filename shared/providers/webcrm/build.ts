/** Draft → HTTP request for webCRM, without credentials (main adds the bearer token). */
import { joinUrl } from '../../request/url';
import type { ParamSpec } from '../catalog';
import type { HeaderList, HttpRequestSpec } from '../../http/types';
import {
  strictBuild,
  type BuildOptions,
  type ProfileContext,
  type ProviderDraft,
  type RequestBuildResult,
} from '../types';
import { webcrmEndpoint } from './catalog';
import { paramVerdict } from '../param-check';
import { findInsert, insertRefusal } from './sql/insert-guard';
import { dateTimeExample, localOffsetAt, toRfc3339, type OffsetAt } from './date-time';
import { errorMessage } from '../../values';

type BuildError = { param?: string; message: string };

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

function scalarText(
  spec: ParamSpec,
  value: unknown,
  errors: BuildError[],
  warnings: string[],
  offsetAt: OffsetAt,
): string | null {
  const text = typeof value === 'string' ? value.trim() : String(value);
  if (spec.type === 'integer') {
    if (!/^-?\d+$/.test(text)) {
      errors.push({ param: spec.name, message: `${spec.name} must be a whole number` });
      return null;
    }
    const number = Number(text);
    if (spec.minimum !== undefined && number < spec.minimum)
      errors.push({ param: spec.name, message: `${spec.name} must be at least ${spec.minimum}` });
    if (spec.maximum !== undefined && number > spec.maximum)
      errors.push({
        param: spec.name,
        message: `${spec.name} must be at most ${spec.maximum}${spec.name === 'Size' ? ' (webCRM returns at most 1000 rows a page)' : ''}`,
      });
  }
  if (spec.type === 'boolean' && !/^(true|false)$/i.test(text))
    errors.push({ param: spec.name, message: `${spec.name} is true or false` });
  if (spec.type === 'date' && Number.isNaN(Date.parse(text)))
    errors.push({ param: spec.name, message: `${spec.name} takes a date such as 2019-09-01` });
  if (spec.type === 'datetime') {
    const reading = toRfc3339(text, offsetAt);
    if (!reading.ok) {
      errors.push({
        param: spec.name,
        message: `${spec.name} takes an RFC 3339 date-time such as ${dateTimeExample} (or …Z for UTC)`,
      });
      return null;
    }
    if (reading.offsetAdded)
      warnings.push(`${spec.name} had no time zone: sent as ${reading.text} (your local time zone).`);
    return reading.text;
  }
  if (spec.enum && spec.type !== 'array' && !spec.enum.includes(text))
    errors.push({ param: spec.name, message: `${spec.name} is one of ${spec.enum.join(', ')} (exact case)` });
  return text;
}

// webCRM's documented custom-field rules, checked on JSON bodies: warn, the server decides.
function customFieldWarnings(body: unknown): string[] {
  const warnings: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, field] of Object.entries(value)) {
        if (
          /(Custom|Plus)\d+$/.test(key) &&
          typeof field === 'string' &&
          /^(yes|no|true|false)$/i.test(field) &&
          field !== 'Yes' &&
          field !== 'No'
        ) {
          warnings.push(`${key} = "${field}": a checkbox custom field takes exactly "Yes" or "No".`);
        }
      }
    }
  };
  visit(body);
  return warnings;
}

/** JSON where the operation offers it (Parley reads JSON best), else what it produces (a file download). */
export function acceptFor(produces: readonly string[] | undefined): string {
  if (!produces || produces.length === 0 || produces.includes('application/json')) return 'application/json';
  return produces.join(', ');
}

export function buildWebcrmRequest(
  draft: ProviderDraft,
  profile: ProfileContext,
  options: BuildOptions = strictBuild,
  offsetAt: OffsetAt = localOffsetAt,
): RequestBuildResult {
  const endpoint = draft.endpointId ? webcrmEndpoint(draft.endpointId) : undefined;
  if (draft.endpointId && !endpoint)
    return { ok: false, errors: [{ message: `webCRM has no endpoint ${draft.endpointId}` }] };
  const errors: BuildError[] = [];
  // The catalog's complaints about values: refusals, or warnings when the user chose "Send anyway".
  const valueErrors: BuildError[] = [];
  const warnings: string[] = [];
  const specs = endpoint?.params ?? [];
  let path = draft.path ?? endpoint?.path ?? '';
  if (!path) return { ok: false, errors: [{ message: 'Pick an endpoint or enter a path' }] };
  const query = new URLSearchParams();
  const headers: HeaderList = [['Accept', acceptFor(endpoint?.produces)]];
  const form: { name: string; value: string }[] = [];
  let body: HttpRequestSpec['body'] = { kind: 'none' };

  for (const spec of specs) {
    const value = draft.params[spec.name];
    if (isEmpty(value)) {
      if (spec.required) valueErrors.push({ param: spec.name, message: `${spec.name} is required` });
      continue;
    }
    if (spec.in === 'body') {
      let parsed: unknown = value;
      if (typeof value === 'string') {
        try {
          parsed = JSON.parse(value);
        } catch (error) {
          errors.push({
            param: spec.name,
            message: `${spec.name} is not valid JSON: ${errorMessage(error)}`,
          });
          continue;
        }
      }
      if (spec.type === 'array' && !Array.isArray(parsed))
        errors.push({ param: spec.name, message: `${spec.name} must be a JSON array` });
      warnings.push(...customFieldWarnings(parsed));
      body = { kind: 'json', text: typeof value === 'string' ? value : JSON.stringify(value) };
      headers.push(['Content-Type', 'application/json']);
      continue;
    }
    if (spec.type === 'array') {
      const items = Array.isArray(value)
        ? value.map(String)
        : String(value)
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean);
      for (const item of items) query.append(spec.name, item);
      continue;
    }
    const text = scalarText(spec, value, valueErrors, warnings, offsetAt);
    if (text === null) continue;
    if (spec.name === 'script') {
      const insert = findInsert(text);
      if (insert) errors.push({ param: 'script', message: insertRefusal });
    }
    if (spec.in === 'path') path = path.replace(`{${spec.name}}`, encodeURIComponent(text));
    else if (spec.in === 'query') query.append(spec.name, text);
    else if (spec.in === 'header') headers.push([spec.name, text]);
    else form.push({ name: spec.name, value: text });
  }
  // A custom path (no catalog entry) sends its params as the query.
  if (!endpoint)
    for (const [name, value] of Object.entries(draft.params)) if (!isEmpty(value)) query.append(name, String(value));
  if (form.length > 0) body = { kind: 'form', fields: form };
  const checked = paramVerdict(valueErrors, options.lenient);
  errors.push(...checked.errors);
  warnings.push(...checked.warnings);
  if (errors.length > 0) return { ok: false, errors };

  const search = query.toString();
  const url = joinUrl(profile.baseUrl, path) + (search ? `?${search}` : '');
  return {
    ok: true,
    request: {
      method: draft.method ?? endpoint?.method ?? 'GET',
      url,
      headers: [...headers, ...(draft.headers ?? [])],
      body,
    },
    warnings,
  };
}
