/** Reading and writing the parts of a webCRM draft the SQL builder owns: the script, Page and Size. */
import type { ProviderDraft } from '../../../../shared/providers/types';
import { tokenizeSql } from '../../../../shared/providers/webcrm/sql/lexer';

export const QUERIES_ENDPOINT = 'QueriesGet';

export function scriptOf(draft: ProviderDraft): string {
  const script = draft.params.script;
  return typeof script === 'string' ? script : '';
}

export function numberParam(draft: ProviderDraft, name: 'Page' | 'Size'): string {
  const value = draft.params[name];
  return value === undefined || value === null ? '' : String(value);
}

/** The same draft aimed at /Queries with a new script (the path override is dropped: it would send elsewhere). */
export function withScript(draft: ProviderDraft, script: string): ProviderDraft {
  const { path: _path, ...rest } = draft;
  return { ...rest, endpointId: QUERIES_ENDPOINT, params: { ...draft.params, script } };
}

export function withPaging(draft: ProviderDraft, name: 'Page' | 'Size', value: string): ProviderDraft {
  const params: Record<string, unknown> = { ...draft.params };
  if (value.trim() === '') delete params[name];
  else params[name] = /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  return { ...draft, endpointId: QUERIES_ENDPOINT, params };
}

/** The page size the builder shows when none is set (the local mock's default; webCRM documents none). */
export const DEFAULT_SIZE = 50;

/**
 * A query opens with the page size it shows as sent: webCRM's own default is undocumented, and the grid can
 * tell a last page (fewer rows than Size) only when it knows the size.
 */
export function withDefaultSize(draft: ProviderDraft): ProviderDraft {
  if (draft.params.Size !== undefined && draft.params.Size !== '') return draft;
  return { ...draft, params: { ...draft.params, Size: DEFAULT_SIZE } };
}

/** What is wrong with a Page or Size value, or null. */
export function pagingProblem(name: 'Page' | 'Size', value: string): string | null {
  if (value.trim() === '') return null;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) return `${name} is a whole number from 1`;
  if (name === 'Size' && number > 1000) return 'Size is at most 1000: webCRM returns at most 1000 rows a page';
  return null;
}

/**
 * A name for a saved query that tells it apart from other saved queries: its tables, in order
 * ("Query: Person + Organisation"), or null when the script names none.
 */
export function queryTitle(script: string): string | null {
  const tokens = tokenizeSql(script);
  const tables: string[] = [];
  tokens.forEach((token, index) => {
    const keyword = token.kind === 'word' ? token.text.toUpperCase() : '';
    const table = tokens[index + 1];
    if (
      (keyword === 'FROM' || keyword === 'JOIN') &&
      table &&
      (table.kind === 'word' || table.kind === 'quoted') &&
      !tables.includes(table.text)
    )
      tables.push(table.text);
  });
  return tables.length > 0 ? `Query: ${tables.join(' + ')}` : null;
}

/**
 * The column names a SELECT asks for, as the result's rows would name them (`Person.PersonId` → PersonId,
 * `x AS Name` → Name): an empty result still shows its columns. Empty for `*` or text that is not a SELECT.
 */
export function selectedColumns(script: string): string[] {
  const tokens = tokenizeSql(script);
  const select = tokens.findIndex((token) => token.kind === 'word' && token.text.toUpperCase() === 'SELECT');
  if (select < 0) return [];
  const items: (typeof tokens)[] = [[]];
  let depth = 0;
  for (const token of tokens.slice(select + 1)) {
    if (token.kind === 'symbol' && token.text === '(') depth += 1;
    if (token.kind === 'symbol' && token.text === ')') depth -= 1;
    if (depth === 0 && token.kind === 'word' && token.text.toUpperCase() === 'FROM') break;
    if (depth === 0 && token.kind === 'symbol' && token.text === ',') items.push([]);
    else items[items.length - 1]?.push(token);
  }
  const names = items.map((item) => {
    const last = item[item.length - 1];
    return last && (last.kind === 'word' || last.kind === 'quoted') ? last.text : null;
  });
  return names.every((name) => name !== null && !/^(DISTINCT|TOP)$/i.test(name)) ? (names as string[]) : [];
}
