/**
 * The URL field and the Query table show one thing: the draft keeps the URL without its query string and
 * the parameters as rows; the field shows them joined, and what is typed in the field is split back.
 */
import type { KeyValueRow } from '../../../../shared/request/draft';

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Encoded for the field, with `{{variables}}` left readable. */
function encode(text: string): string {
  return encodeURIComponent(text)
    .replace(/%7B%7B/g, '{{')
    .replace(/%7D%7D/g, '}}');
}

/** A typed URL as the draft keeps it: the URL without its query string (fragment kept) and the pairs. */
export function splitUrl(typed: string): { url: string; pairs: { name: string; value: string }[] } {
  const hashAt = typed.indexOf('#');
  const beforeHash = hashAt === -1 ? typed : typed.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : typed.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return { url: typed, pairs: [] };
  const pairs = beforeHash
    .slice(queryAt + 1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const equals = part.indexOf('=');
      return equals === -1
        ? { name: decode(part), value: '' }
        : { name: decode(part.slice(0, equals)), value: decode(part.slice(equals + 1)) };
    });
  return { url: beforeHash.slice(0, queryAt) + hash, pairs };
}

/** What the URL field shows: the URL with the enabled rows as its query string. */
export function joinUrl(url: string, rows: readonly KeyValueRow[]): string {
  const query = rows
    .filter((row) => row.enabled && row.name !== '')
    .map((row) => (row.value === '' ? encode(row.name) : `${encode(row.name)}=${encode(row.value)}`))
    .join('&');
  if (!query) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  return `${base}${base.includes('?') ? '&' : '?'}${query}${hash}`;
}

/**
 * The rows after the field was edited: its pairs, enabled, then the disabled rows the field does not show.
 * The same array when nothing changed, so a key typed into the path does not re-render the Query table.
 */
export function rowsFromTyped(pairs: readonly { name: string; value: string }[], rows: KeyValueRow[]): KeyValueRow[] {
  const next = [...pairs.map((pair) => ({ ...pair, enabled: true })), ...rows.filter((row) => !row.enabled)];
  const same =
    next.length === rows.length &&
    next.every((row, i) => {
      const old = rows[i];
      return old !== undefined && old.name === row.name && old.value === row.value && old.enabled === row.enabled;
    });
  return same ? rows : next;
}

/**
 * Whether the text being typed still is the draft's URL: the field keeps the user's own spelling while it
 * has focus, but shows the draft when something else changed it (the file on disk, a builder, an import).
 */
export function typedMatchesDraft(typed: string, url: string, rows: readonly KeyValueRow[]): boolean {
  const split = splitUrl(typed);
  return (
    split.url === url &&
    joinUrl(
      split.url,
      split.pairs.map((pair) => ({ ...pair, enabled: true })),
    ) === joinUrl(url, rows)
  );
}
