/**
 * Reads back what a user pastes: a chain (`v1.projects.100.json`, `v1/projects/100/json`), a relative
 * path of any of the three URL styles, or a full URL. Never throws: what it cannot understand comes
 * back as a message with the offset into the pasted text.
 */
import { keysToChain, splitKeys, type ChainParseError } from './keys';
import type { Chain, UrlStyle } from './model';

export type { ChainParseError } from './keys';

export type ChainParseResult =
  | {
      readonly ok: true;
      readonly chain: Chain;
      /** Which URL style the text used; null for a bare chain. */
      readonly style: UrlStyle | null;
      /** The other query pairs of a URL (params, method …), decoded. */
      readonly query: readonly (readonly [string, string])[];
    }
  | { readonly ok: false; readonly error: ChainParseError };

interface QueryPair {
  readonly name: string;
  readonly value: string;
  /** Where the raw value starts in the text. */
  readonly valueOffset: number;
  /** True when the value needed no decoding, so offsets inside it map one to one. */
  readonly verbatim: boolean;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function readQuery(query: string, offset: number): QueryPair[] {
  const pairs: QueryPair[] = [];
  let position = 0;
  for (const piece of query.split('&')) {
    const equals = piece.indexOf('=');
    const rawName = equals < 0 ? piece : piece.slice(0, equals);
    const rawValue = equals < 0 ? '' : piece.slice(equals + 1);
    const value = decode(rawValue);
    if (piece !== '')
      pairs.push({
        name: decode(rawName),
        value,
        valueOffset: offset + position + (equals < 0 ? piece.length : equals + 1),
        verbatim: value === rawValue,
      });
    position += piece.length + 1;
  }
  return pairs;
}

function parseKeysAt(text: string, offset: number) {
  // One trailing separator (`…/json/`) is harmless; anything else is read strictly.
  const trimmed = /[./]$/.test(text) && text.length > 1 ? text.slice(0, -1) : text;
  return keysToChain(splitKeys(trimmed, offset), offset + trimmed.length);
}

interface Located {
  readonly style: UrlStyle | null;
  /** The chain text and where it starts, or the direct style's missing action. */
  readonly chainText: string;
  readonly chainOffset: number;
}

/** Finds `api.php/…`, `api.php?action=…` or `api/v…` in a path; null when the path has none of them. */
function locateInPath(path: string, offset: number): Located | 'direct' | null {
  const segments = path.split('/');
  let position = 0;
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as string;
    const after = position + segment.length + 1;
    if (segment.toLowerCase() === 'api.php') {
      const rest = path.slice(after);
      if (rest.replace(/\//g, '') === '' || after > path.length) return 'direct';
      return { style: 'path', chainText: rest, chainOffset: offset + after };
    }
    if (segment === 'api' && /^v[0-9]+$/i.test(segments[index + 1] ?? '')) {
      return { style: 'rewrite', chainText: path.slice(after), chainOffset: offset + after };
    }
    position = after;
  }
  return null;
}

export function parseChain(text: string): ChainParseResult {
  const lead = text.length - text.trimStart().length;
  const body = text.trim().split('#')[0] as string;
  if (body === '')
    return {
      ok: false,
      error: { message: 'Paste a chain (v1.projects.100.json) or a wbTeamPro API URL', offset: 0, length: 0 },
    };

  const questionMark = body.indexOf('?');
  const path = questionMark < 0 ? body : body.slice(0, questionMark);
  const pairs = questionMark < 0 ? [] : readQuery(body.slice(questionMark + 1), lead + questionMark + 1);
  const others = (skip: string) =>
    pairs.filter((pair) => pair.name !== skip).map((pair) => [pair.name, pair.value] as const);

  const located = locateInPath(path, lead);
  const action = pairs.find((pair) => pair.name === 'action');
  if (located === 'direct' || (located === null && path === '' && action)) {
    if (!action) {
      const end = lead + path.length;
      return {
        ok: false,
        error: { message: 'api.php needs the chain: api.php/v1/… or api.php?action=v1.…', offset: end, length: 0 },
      };
    }
    const result = action.verbatim
      ? parseKeysAt(action.value, action.valueOffset)
      : relocate(parseKeysAt(action.value, 0), action.valueOffset);
    return result.ok ? { ok: true, chain: result.chain, style: 'direct', query: others('action') } : result;
  }
  if (located) {
    const result = parseKeysAt(located.chainText, located.chainOffset);
    return result.ok ? { ok: true, chain: result.chain, style: located.style, query: others('action') } : result;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    const start = path.indexOf('//') + 2;
    return {
      ok: false,
      error: {
        message: 'This URL has no api.php or api/v1 in its path: where is the wbTeamPro chain?',
        offset: lead + start,
        length: path.length - start,
      },
    };
  }
  const result = parseKeysAt(path, lead);
  return result.ok ? { ok: true, chain: result.chain, style: null, query: others('') } : result;
}

/** Errors inside a percent-encoded value point at the start of the value: inner offsets would be wrong. */
function relocate(result: ReturnType<typeof parseKeysAt>, valueOffset: number): ReturnType<typeof parseKeysAt> {
  return result.ok ? result : { ok: false, error: { ...result.error, offset: valueOffset, length: 0 } };
}
