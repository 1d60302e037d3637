/**
 * `$ref`s inside one OpenAPI document, resolved on read. Only local references (`#/…`) are followed:
 * an import reads no other file and fetches nothing. A reference that leads nowhere is reported once and
 * read as an empty object, so one broken schema costs one example, not the import.
 */
import { obj, type Obj } from './shape';
import type { ReportItem } from './types';

export interface RefResolver {
  /** The value with its top-level `$ref` chain followed (not its children). */
  deref(value: unknown): Obj;
}

function pointer(document: Obj, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let current: unknown = document;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function createRefResolver(document: Obj, report: ReportItem[]): RefResolver {
  const reported = new Set<string>();
  return {
    deref(value) {
      let current = obj(value);
      const seen = new Set<string>();
      while (typeof current.$ref === 'string') {
        const ref = current.$ref;
        if (seen.has(ref)) return {};
        seen.add(ref);
        const target = pointer(document, ref);
        if (target === undefined || typeof target !== 'object' || target === null) {
          if (!reported.has(ref)) {
            reported.add(ref);
            report.push({
              item: ref,
              message: ref.startsWith('#')
                ? `$ref "${ref}" points to nothing in the document: read as empty.`
                : `$ref "${ref}" is in another file: external references are not followed.`,
            });
          }
          return {};
        }
        current = obj(target);
      }
      return current;
    },
  };
}

/** An example value for a schema: its own example, default or first enum value, else one built by type. */
export function exampleOf(schema: unknown, refs: RefResolver, depth = 0): unknown {
  const s = refs.deref(schema);
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if (depth > 6) return null;
  const all = Array.isArray(s.allOf) ? s.allOf : null;
  if (all) return Object.assign({}, ...all.map((part) => obj(exampleOf(part, refs, depth + 1))));
  const one = Array.isArray(s.oneOf) ? s.oneOf[0] : Array.isArray(s.anyOf) ? s.anyOf[0] : undefined;
  if (one !== undefined) return exampleOf(one, refs, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'object' || (type === undefined && s.properties)) {
    const out: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(obj(s.properties))) out[key] = exampleOf(property, refs, depth + 1);
    return out;
  }
  if (type === 'array') return s.items === undefined ? [] : [exampleOf(s.items, refs, depth + 1)];
  if (type === 'integer' || type === 'number') return 0;
  if (type === 'boolean') return false;
  if (type === 'string') {
    if (s.format === 'date-time') return '2024-01-01T00:00:00Z';
    if (s.format === 'date') return '2024-01-01';
    return '';
  }
  return null;
}
