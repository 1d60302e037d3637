/**
 * The chain's keys (`v1`, `projects`, `100`, `actions`, `json`) → a Chain, checked position by position
 * against the method table. Every refusal names the key it could not understand and where it is.
 */
import {
  apiVersions,
  bareAllowed,
  isResourceName,
  resourceNames,
  resourceTakesId,
  responseFormats,
  subsFor,
  type ApiVersion,
  type ResponseFormat,
} from './methods';
import { chainIdPattern, type Chain } from './model';

export interface ChainParseError {
  readonly message: string;
  /** Index into the text that was parsed (the user's pasted text). */
  readonly offset: number;
  /** How many characters the error covers (0 = a point, e.g. "something is missing here"). */
  readonly length: number;
}

export interface ChainKey {
  readonly text: string;
  readonly offset: number;
}

export type KeysResult =
  { readonly ok: true; readonly chain: Chain } | { readonly ok: false; readonly error: ChainParseError };

const fail = (message: string, offset: number, length: number): KeysResult => ({
  ok: false,
  error: { message, offset, length },
});
const at = (key: ChainKey, message: string): KeysResult => fail(message, key.offset, key.text.length);
const quote = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

/** Splits a chain on `.` and `/` (the reference allows both), remembering where each key starts. */
export function splitKeys(text: string, baseOffset: number): ChainKey[] {
  const keys: ChainKey[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const char = text[index];
    if (index === text.length || char === '.' || char === '/') {
      keys.push({ text: text.slice(start, index), offset: baseOffset + start });
      start = index + 1;
    }
  }
  return keys;
}

function isFormat(text: string): text is ResponseFormat {
  return (responseFormats as readonly string[]).includes(text);
}

function isVersion(text: string): text is ApiVersion {
  return (apiVersions as readonly string[]).includes(text);
}

export function keysToChain(keys: readonly ChainKey[], endOffset: number): KeysResult {
  const empty = keys.find((key) => key.text === '');
  if (keys.length === 0 || (keys.length === 1 && empty))
    return fail('Nothing to read: a chain looks like v1.projects.100.json', endOffset, 0);
  if (empty) return fail('Two separators in a row: a key is missing here', empty.offset, 0);

  const [first] = keys as [ChainKey, ...ChainKey[]];
  if (!isVersion(first.text)) {
    if (/^v[0-9]+$/i.test(first.text))
      return at(
        first,
        `API version ${quote(first.text)} is unknown: wbTeamPro's Remote API is ${apiVersions.join(', ')}`,
      );
    if (isResourceName(first.text) || isFormat(first.text))
      return fail(`The chain starts with the API version: add v1 before ${quote(first.text)}`, first.offset, 0);
    return at(first, `The chain starts with the API version (v1), not ${quote(first.text)}`);
  }

  const last = keys[keys.length - 1] as ChainKey;
  if (keys.length === 1)
    return fail(
      'Missing the resource and the response format after v1 (e.g. v1.projects.json)',
      last.offset + last.text.length,
      0,
    );
  if (!isFormat(last.text)) {
    const knownKey =
      isResourceName(last.text) ||
      chainIdPattern.test(last.text) ||
      resourceNames.some((name) => subsFor(name, true).includes(last.text) || subsFor(name, false).includes(last.text));
    if (knownKey)
      return fail(
        `Missing the response format at the end: add json or xml after ${quote(last.text)}`,
        last.offset + last.text.length,
        0,
      );
    return at(last, `The chain ends with the response format (json or xml), not ${quote(last.text)}`);
  }

  const middle = keys.slice(1, -1);
  const resourceKey = middle[0];
  if (!resourceKey)
    return fail(`Missing the resource between v1 and ${last.text}: one of ${resourceNames.join(', ')}`, last.offset, 0);
  if (!isResourceName(resourceKey.text))
    return at(resourceKey, `Unknown resource ${quote(resourceKey.text)}: one of ${resourceNames.join(', ')}`);
  const resource = resourceKey.text;

  let position = 1;
  let id: string | null = null;
  const idKey = middle[position];
  if (idKey && chainIdPattern.test(idKey.text)) {
    if (!resourceTakesId(resource)) return at(idKey, `${resource} takes no record id`);
    id = idKey.text;
    position += 1;
  } else if (idKey && /^\{.*\}$/.test(idKey.text)) {
    return at(idKey, `Replace ${idKey.text} with a record id (digits)`);
  }

  let sub: string | null = null;
  const subKey = middle[position];
  if (subKey) {
    const allowed = subsFor(resource, id !== null);
    const where = id === null ? resource : `${resource}.${id}`;
    if (!allowed.includes(subKey.text)) {
      const idHint = id === null && resourceTakesId(resource) ? 'a record id (digits)' : '';
      const options = [idHint, allowed.length > 0 ? `a sub-resource (${allowed.join(', ')})` : '']
        .filter(Boolean)
        .join(' or ');
      return at(
        subKey,
        options
          ? `${quote(subKey.text)} cannot follow ${where}: expected ${options}`
          : `Nothing may follow ${where} but the response format`,
      );
    }
    sub = subKey.text;
    position += 1;
  }

  const extra = middle[position];
  if (extra)
    return at(
      extra,
      `Nothing may follow ${[resource, id, sub].filter(Boolean).join('.')} but the response format (json or xml)`,
    );
  if (sub === null && !bareAllowed(resource, id !== null)) {
    return fail(
      `${resource}${id === null ? '' : `.${id}`} needs a sub-resource here: ${subsFor(resource, id !== null).join(', ')}`,
      last.offset,
      0,
    );
  }
  return { ok: true, chain: { version: first.text, resource, id, sub, format: last.text } };
}
