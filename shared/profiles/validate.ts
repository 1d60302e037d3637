/**
 * Checks a profile against its provider's field specs, as the user types (renderer) and before saving
 * (main). It knows no provider: everything comes from the ProfileFieldSpec[] passed in.
 */
import type { ProfileFieldSpec } from '../providers/types';
import { variableSchema, type ProfileVariable } from './schema';
import type { BaseUrlRule } from './base-url-rule';
import { liftUrlSecret } from './url-secret';

export interface ProfileIssue {
  /** `name`, `baseUrl`, `fields.<key>`, `secrets.<key>` or `variables.<index>`. */
  readonly field: string;
  readonly message: string;
}

/** The values a profile form holds; secrets are only those being set now (null clears one). */
export interface ProfileValues {
  readonly name?: string;
  readonly baseUrl?: string;
  readonly fields?: Readonly<Record<string, string>>;
  readonly secrets?: Readonly<Record<string, string | null>>;
  readonly variables?: readonly ProfileVariable[];
}

const BASE_URL_SCHEMES = new Set(['http:', 'https:', 'mock:']);

/** An absolute http(s) URL (or the built-in `mock://<provider>`), without credentials or a fragment. */
export function checkBaseUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'A base URL is required, e.g. https://api.example.com/';
  if (trimmed !== value) return 'The base URL has spaces at its start or end.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Not a URL: it needs a scheme and a host, e.g. https://api.example.com/';
  }
  if (!BASE_URL_SCHEMES.has(url.protocol)) return `Use http:// or https:// (not ${url.protocol}//).`;
  if (!url.hostname) return 'The URL has no host.';
  if (url.username || url.password)
    return 'Put credentials in the profile fields, not in the URL: URLs end up in logs.';
  if (url.hash) return 'A base URL cannot have a #fragment.';
  return null;
}

function fullMatch(regex: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${regex})$`, 'u').test(value);
  } catch {
    return true; // A broken pattern in a provider definition must not lock the user out.
  }
}

/** One field's value; empty values are only checked for being required. */
export function checkFieldValue(spec: ProfileFieldSpec, value: string): string | null {
  if (value === '') return spec.required ? `${spec.label} is required.` : null;
  if (spec.options && spec.options.length > 0 && !spec.options.some((option) => option.value === value)) {
    return `${spec.label} must be one of: ${spec.options.map((option) => option.label).join(', ')}.`;
  }
  if (spec.pattern && !fullMatch(spec.pattern.regex, value)) return spec.pattern.message;
  return null;
}

/**
 * Every issue of a profile. `storedSecrets` names the secrets already saved, so a required secret the
 * user does not retype is still satisfied; `baseUrl` says whether an empty base URL is an issue.
 */
export function validateProfile(
  values: ProfileValues,
  specs: readonly ProfileFieldSpec[],
  storedSecrets: ReadonlySet<string> = new Set(),
  baseUrl: BaseUrlRule = 'required',
): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  values = liftUrlSecret(values, specs);
  if (values.name !== undefined && values.name.trim() === '')
    issues.push({ field: 'name', message: 'A profile needs a name.' });
  const emptyAllowed = baseUrl !== 'required' && values.baseUrl?.trim() === '';
  if (values.baseUrl !== undefined && !emptyAllowed) {
    const message = checkBaseUrl(values.baseUrl);
    if (message) issues.push({ field: 'baseUrl', message });
  }
  for (const spec of specs) {
    if (spec.secret) {
      const next = values.secrets?.[spec.key];
      const value = typeof next === 'string' ? next : next === null || !storedSecrets.has(spec.key) ? '' : undefined;
      const message = value === undefined ? null : checkFieldValue(spec, value);
      if (message) issues.push({ field: `secrets.${spec.key}`, message });
    } else if (values.fields !== undefined) {
      const message = checkFieldValue(spec, values.fields[spec.key] ?? '');
      if (message) issues.push({ field: `fields.${spec.key}`, message });
    }
  }
  const seen = new Set<string>();
  values.variables?.forEach((variable, index) => {
    const named = variableSchema.shape.name.safeParse(variable.name);
    if (!named.success)
      issues.push({ field: `variables.${index}`, message: named.error.issues[0]?.message ?? 'Invalid variable name.' });
    if (seen.has(variable.name))
      issues.push({ field: `variables.${index}`, message: `The variable "${variable.name}" is defined twice.` });
    seen.add(variable.name);
  });
  return issues;
}
