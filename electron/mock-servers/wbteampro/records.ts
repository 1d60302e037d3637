/** Reading and writing the mock's tables the way the addon's API does: filters, paging, checks on writes. */
import { recordFields, requiredOnCreate } from '../../../shared/providers/wbteampro/fields';
import { primaryKeys, type MockData, type MockRecord, type TableName } from './seed';

export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const singular: Readonly<Record<TableName, string>> = {
  projects: 'project',
  actions: 'action',
  topics: 'topic',
  files: 'file',
  whmcstickets: 'whmcsticket',
  ticketxrefs: 'ticketxref',
  timelogs: 'timelog',
};

const pagingKeys = new Set(['limit', 'page', 'offset']);

export interface Page<T> {
  readonly rows: T[];
  readonly data: {
    total: number;
    page: number;
    pages: number;
    limit: number;
    offset: number;
    filters: Record<string, unknown>;
  };
}

function whole(
  params: Readonly<Record<string, unknown>>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = params[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new ApiError(400, `The value provide for ${name} is invalid or not allowed.`);
  return number;
}

/** Equality filters on any column, then `page` (wins) or `offset`, `limit` 50 by default. */
export function pageOf<T extends Readonly<Record<string, unknown>>>(
  rows: readonly T[],
  params: Readonly<Record<string, unknown>>,
  columns: readonly string[],
  fixed: Record<string, unknown> = {},
): Page<T> {
  const filters: Record<string, unknown> = { ...fixed };
  for (const [name, value] of Object.entries(params)) {
    if (pagingKeys.has(name) || value === '' || value === undefined) continue;
    if (!columns.includes(name)) throw new ApiError(400, `The value provide for ${name} is invalid or not allowed.`);
    filters[name] = value;
  }
  const matching = rows.filter((row) =>
    Object.entries(filters).every(([name, value]) => String(row[name]) === String(value)),
  );
  const limit = whole(params, 'limit', 50, 1, 1000);
  const page =
    params.page !== undefined && params.page !== ''
      ? whole(params, 'page', 1, 1, 1_000_000)
      : Math.floor(whole(params, 'offset', 0, 0, 10_000_000) / limit) + 1;
  const offset =
    params.page !== undefined && params.page !== '' ? (page - 1) * limit : whole(params, 'offset', 0, 0, 10_000_000);
  return {
    rows: matching.slice(offset, offset + limit),
    data: { total: matching.length, page, pages: Math.ceil(matching.length / limit), limit, offset, filters },
  };
}

export function columnsOf(data: MockData, table: TableName): string[] {
  const fields = (recordFields[table] ?? []).map((field) => field.name);
  const first = data.tables[table].values().next().value;
  return [...new Set([...Object.keys(first ?? {}), ...fields])];
}

export function findRecord(data: MockData, table: TableName, id: string | number): MockRecord {
  const record = data.tables[table].get(Number(id));
  if (!record) throw new ApiError(404, `Record Not Found: ${singular[table]} ${id}`);
  return record;
}

/** Checks the values a write brings: known fields only, enums kept, linked records existing. */
function checkValues(data: MockData, table: TableName, values: Readonly<Record<string, unknown>>): MockRecord {
  const allowed = (recordFields[table] ?? []).map((field) => field.name);
  const clean: MockRecord = {};
  for (const [name, value] of Object.entries(values)) {
    // Paging keys mean nothing to a write: ignored, as a PHP endpoint ignores what it does not read.
    if (value === undefined || value === null || pagingKeys.has(name)) continue;
    if (!allowed.includes(name)) throw new ApiError(400, `The value provide for ${name} is invalid or not allowed.`);
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    const field = (recordFields[table] ?? []).find((candidate) => candidate.name === name);
    if (field?.enum && !field.enum.includes(text))
      throw new ApiError(400, `The value provide for ${name} is invalid or not allowed.`);
    if (field?.type === 'integer' && !/^-?[0-9]+$/.test(text))
      throw new ApiError(400, `The value provide for ${name} is invalid or not allowed.`);
    clean[name] = field?.type === 'integer' ? Number(text) : text;
  }
  for (const [link, target] of [
    ['project_id', 'projects'],
    ['action_id', 'actions'],
    ['ticket_id', 'whmcstickets'],
  ] as const) {
    const id = clean[link];
    if (id !== undefined && id !== 0 && table !== target) findRecord(data, target, id);
  }
  return clean;
}

export function createRecord(data: MockData, table: TableName, values: Readonly<Record<string, unknown>>): MockRecord {
  const missing = (requiredOnCreate[table] ?? []).filter((name) => values[name] === undefined || values[name] === '');
  if (missing.length > 0) throw new ApiError(400, `The required data was not provided: ${missing.join(', ')}`);
  const clean = checkValues(data, table, values);
  const key = primaryKeys[table];
  const id = Math.max(0, ...data.tables[table].keys()) + 1;
  const record: MockRecord = { [key]: id, ...clean };
  data.tables[table].set(id, record);
  return record;
}

export function updateRecord(
  data: MockData,
  table: TableName,
  id: string,
  values: Readonly<Record<string, unknown>>,
): MockRecord {
  const record = findRecord(data, table, id);
  if (Object.keys(values).length === 0)
    throw new ApiError(400, 'The required data was not provided: nothing to update');
  const updated = { ...record, ...checkValues(data, table, values) };
  data.tables[table].set(Number(id), updated);
  return updated;
}

export function deleteRecord(data: MockData, table: TableName, id: string): MockRecord {
  const record = findRecord(data, table, id);
  data.tables[table].delete(Number(id));
  return {
    [primaryKeys[table]]: Number(id),
    deleted: 1,
    ...(record.project_id !== undefined ? { project_id: record.project_id } : {}),
  };
}
