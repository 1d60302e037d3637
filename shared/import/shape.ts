/** Reading untrusted parsed documents without throwing: every accessor gives a value of the wanted kind. */
import { isRecord } from '../values';

export type Obj = Record<string, unknown>;

export const obj = (value: unknown): Obj => (isRecord(value) ? value : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : fallback;
export const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;

/** A Postman or OpenAPI description: a string, or `{ content }`. */
export const description = (value: unknown): string => (typeof value === 'string' ? value : text(obj(value).content));

/** A folder name safe on every OS, readable as written (`Users / Admin` → `Users - Admin`). */
export function folderName(name: string): string {
  const safe = name
    // Control characters are not allowed in names on Windows.
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return safe || 'folder';
}

/** The text a multi-line script field holds (`exec` as lines or a string). */
export const scriptText = (value: unknown): string =>
  Array.isArray(value) ? value.map((l) => text(l)).join('\n') : text(value);
