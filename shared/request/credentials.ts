/**
 * Header and query names that carry credentials. A value typed in clear under one of them is offered
 * "Move to a secret variable", and is masked in history and written to collection files as a reference
 * either way.
 */
import { VARIABLE_PATTERN } from './variables';

const CREDENTIAL_NAMES = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
  'api_key',
  'apikey',
  'api-key',
  'password',
  'passwd',
]);

export function isCredentialName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return CREDENTIAL_NAMES.has(lower) || lower.includes('token') || lower.includes('secret');
}

/** The value holds a credential written out, not (only) `{{variable}}` references. */
export function isClearCredential(name: string, value: string): boolean {
  if (!isCredentialName(name)) return false;
  const rest = value
    .replace(VARIABLE_PATTERN, '')
    .replace(/^\s*(bearer|basic|token|digest)\b/i, '')
    .trim();
  return rest.length >= 3;
}

/** The secret part of a clear credential (`Bearer abc` → `abc`), what must be masked. */
export function credentialSecretPart(value: string): string {
  return value.replace(/^\s*(bearer|basic|token|digest)\s+/i, '').trim();
}

/** A variable name for a moved credential: `Authorization` → `authorization`, `X-Api-Key` → `x_api_key`. */
export function variableNameFor(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z_]/.test(slug) ? slug : `v_${slug || 'secret'}`;
}
