/**
 * Replaces every sensitive string with a mask: what history, previews, IPC replies and logs get.
 * Redaction works on values, field by field, before anything is serialised: a secret is looked for in
 * every encoding main itself writes into a field (percent-encoding, the `+` of form encoding, JSON
 * escaping), never in the JSON or YAML text afterwards, where escaping would hide it.
 */
import type { BodySpec, HttpRequestSpec } from '../http/types';

export const REDACTED = '••••';

/** The forms a secret takes inside a URL, a form body or a JSON string that main built. */
export function encodedForms(secret: string): string[] {
  const forms = new Set<string>();
  const attempt = (encode: () => string) => {
    try {
      forms.add(encode());
    } catch {
      // A lone surrogate cannot be percent-encoded: that form cannot have been written either.
    }
  };
  // The URL parser drops tabs and newlines before encoding: the secret reaches the URL without them.
  for (const variant of new Set([secret, secret.replace(/[\t\n\r]/g, '')])) {
    forms.add(variant);
    attempt(() => encodeURIComponent(variant));
    attempt(() => encodeURI(variant));
    attempt(() => new URLSearchParams([['k', variant]]).toString().slice(2));
    attempt(() => new URL(`http://h/?${variant}`).search.slice(1));
    attempt(() => new URL(`http://h/${variant}`).pathname.slice(1));
    attempt(() => JSON.stringify(variant).slice(1, -1));
  }
  forms.delete('');
  return [...forms];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pass over a text, longest alternative first, so a replacement is never itself replaced. */
export function replacer(needles: readonly string[], replacement: (match: string) => string): (text: string) => string {
  const unique = [...new Set(needles.filter((needle) => needle.length > 0))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return (text) => text;
  // Code units, not code points: a secret that is half a surrogate pair is still found.
  const pattern = new RegExp(unique.map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, replacement);
}

/** A function masking every encoded form of every sensitive string, of any length. */
export function redactor(sensitive: readonly string[]): (text: string) => string {
  return replacer(
    sensitive.flatMap((secret) => encodedForms(secret)),
    () => REDACTED,
  );
}

export function redactText(text: string, sensitive: readonly string[]): string {
  return redactor(sensitive)(text);
}

/** Keys whose values are structure (ids, enums, timestamps), never text a secret could travel in. */
const STRUCTURAL_KEYS = new Set([
  'id',
  'requestId',
  'historyId',
  'responseId',
  'profileId',
  'sandbox',
  'method',
  'kind',
  'endpointId',
  'receivedAt',
  'at',
  'createdAt',
  'outcome',
  'httpVersion',
  'parley',
]);

/**
 * Redacts every string value of a JSON-like value, except structural fields. Keys stay: they are the
 * shape of Parley's own types (a secret "d" must not turn `body` into something else).
 */
export function redactDeep<T>(value: T, redact: (text: string) => string, key?: string): T {
  if (typeof value === 'string') return (key !== undefined && STRUCTURAL_KEYS.has(key) ? value : redact(value)) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, redactDeep(item, redact, name)])) as T;
  }
  return value;
}

function redactBody(body: BodySpec, redact: (text: string) => string): BodySpec {
  switch (body.kind) {
    case 'json':
    case 'text':
      return { ...body, text: redact(body.text) };
    case 'form':
      return { ...body, fields: body.fields.map((f) => ({ name: redact(f.name), value: redact(f.value) })) };
    case 'multipart':
      return {
        ...body,
        parts: body.parts.map((p) => ('value' in p ? { name: redact(p.name), value: redact(p.value) } : p)),
      };
    default:
      return body;
  }
}

/** `redact`: the caller's redactor for these secrets, when it has one (building one costs more than using it). */
export function redactRequest(
  request: HttpRequestSpec,
  sensitive: readonly string[],
  redact: (text: string) => string = redactor(sensitive),
): HttpRequestSpec {
  if (sensitive.length === 0) return request;
  return {
    method: request.method,
    url: redact(request.url),
    headers: request.headers.map(([name, value]) => [redact(name), redact(value)] as [string, string]),
    body: redactBody(request.body, redact),
  };
}
