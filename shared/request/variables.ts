/**
 * `{{name}}` variables in URLs, headers, params and bodies. Resolution is pure: main passes the real
 * values, the renderer's hover passes masked ones.
 */
export const VARIABLE_PATTERN = /\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;

export interface Substitution {
  readonly text: string;
  /** Names that had no value: left as written, reported to the user. */
  readonly missing: readonly string[];
  /** Values that were inserted (main redacts the secret ones). */
  readonly used: readonly string[];
}

export function substitute(text: string, values: Readonly<Record<string, string>>): Substitution {
  const missing: string[] = [];
  const used: string[] = [];
  const out = text.replace(VARIABLE_PATTERN, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.push(name);
      return whole;
    }
    used.push(name);
    return value;
  });
  return { text: out, missing, used };
}

/** Substitutes inside any JSON-like value (strings at any depth). */
export function substituteDeep(value: unknown, values: Readonly<Record<string, string>>, missing: string[]): unknown {
  if (typeof value === 'string') {
    const result = substitute(value, values);
    missing.push(...result.missing);
    return result.text;
  }
  if (Array.isArray(value)) return value.map((item) => substituteDeep(item, values, missing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substituteDeep(item, values, missing)]));
  }
  return value;
}

/** Splits text into plain and variable parts, for highlighting. */
export function variableParts(text: string): { readonly text: string; readonly variable: string | null }[] {
  const parts: { text: string; variable: string | null }[] = [];
  let last = 0;
  for (const match of text.matchAll(VARIABLE_PATTERN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), variable: null });
    parts.push({ text: match[0], variable: match[1] ?? null });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), variable: null });
  return parts;
}

/** Resolves variables whose values use other variables (`base = {{host}}/v1`), a few levels deep. */
export function expandNested(values: Readonly<Record<string, string>>, depth = 5): Record<string, string> {
  let current: Record<string, string> = { ...values };
  for (let pass = 0; pass < depth; pass += 1) {
    let changed = false;
    const next: Record<string, string> = {};
    for (const [name, value] of Object.entries(current)) {
      const text = value.includes('{{') ? substitute(value, current).text : value;
      if (text !== value) changed = true;
      next[name] = text;
    }
    current = next;
    if (!changed) break;
  }
  return current;
}
