/** One Remote API call of the mock: the resolved method and its params → the `response` part of the envelope. */
import { chainMethods, idNames, type ChainMethod } from '../../../shared/providers/wbteampro/chain/methods';
import type { Chain } from '../../../shared/providers/wbteampro/chain/model';
import { ApiError, columnsOf, createRecord, deleteRecord, findRecord, pageOf, singular, updateRecord } from './records';
import type { MockData, TableName } from './seed';

export type Params = Readonly<Record<string, unknown>>;

const threadParent: Partial<Record<TableName, string>> = { topics: 'parent_topic_id', files: 'parent_file_id' };

function listResponse(
  data: MockData,
  table: TableName,
  params: Params,
  fixed: Record<string, unknown> = {},
): Record<string, unknown> {
  const rows = [...data.tables[table].values()];
  const page = pageOf(rows, params, columnsOf(data, table), fixed);
  return { data: page.data, [table]: page.rows };
}

/** Tickets reach projects and actions through ticketxrefs; each ticket carries its xref, as in the reference. */
function ticketsFor(
  data: MockData,
  link: { project_id?: number; action_id?: number } | null,
): Record<string, unknown>[] {
  const xrefs = [...data.tables.ticketxrefs.values()];
  const tickets: Record<string, unknown>[] = [];
  for (const ticket of data.tables.whmcstickets.values()) {
    const xref = xrefs.find(
      (candidate) =>
        candidate.ticket_id === ticket.id &&
        (!link || Object.entries(link).every(([name, value]) => candidate[name] === value)),
    );
    if (link && !xref) continue;
    tickets.push(xref ? { ...ticket, project_id: xref.project_id as number, ticketxref: xref } : ticket);
  }
  return tickets;
}

function ticketList(
  data: MockData,
  params: Params,
  link: { project_id?: number; action_id?: number } | null,
): Record<string, unknown> {
  const { project_id: projectFilter, ...rest } = params;
  const scope =
    link ?? (projectFilter !== undefined && projectFilter !== '' ? { project_id: Number(projectFilter) } : null);
  const rows = ticketsFor(data, scope);
  const page = pageOf(rows, rest, columnsOf(data, 'whmcstickets'), scope ?? {});
  return { data: { ...page.data, filters: { ...page.data.filters } }, whmcstickets: page.rows };
}

function threads(data: MockData, table: TableName, params: Params): Record<string, unknown> {
  const parentKey = threadParent[table] as string;
  const all = [...data.tables[table].values()];
  const tops = all
    .filter((row) => row[parentKey] === 0)
    .map((row) => ({ ...row, replies: all.filter((reply) => reply[parentKey] === row[primaryKey(table)]) }));
  const page = pageOf(tops, params, columnsOf(data, table));
  return { data: page.data, [table]: page.rows };
}

const primaryKey = (table: TableName) => idNames[table] ?? 'id';

/** A combined chain (`projects.100.actions`): the parent record and the child list filtered by it. */
function combined(data: MockData, table: TableName, id: string, sub: string, params: Params): Record<string, unknown> {
  const parent = findRecord(data, table, id);
  const link = { [primaryKey(table)]: Number(id) };
  const child =
    sub === 'whmcstickets' ? ticketList(data, params, link) : listResponse(data, sub as TableName, params, link);
  return { [singular[table]]: parent, ...child };
}

function download(data: MockData, id: string): Record<string, unknown> {
  const file = findRecord(data, 'files', id);
  const { file_content: content, ...meta } = file;
  return {
    file: meta,
    download: {
      file_name: meta.file_name,
      file_mime: meta.file_mime,
      file_size: meta.file_size,
      content_base64: content,
    },
  };
}

function resources(): Record<string, unknown> {
  return {
    resources: chainMethods.map((method) => ({
      resource: method.resource,
      method: method.name,
      http: method.verb,
      chain: [method.resource, method.id ? `{${idNames[method.resource] ?? 'id'}}` : null, method.sub]
        .filter(Boolean)
        .join('.'),
      description: method.summary,
    })),
  };
}

function config(data: MockData, params: Params): Record<string, unknown> {
  const option = params.option;
  if (option === undefined || option === '') return { config: data.config };
  const key = String(option);
  if (!(key in data.config)) throw new ApiError(404, `Record Not Found: config option ${key}`);
  return { config: { [key]: data.config[key] } };
}

export function runMethod(data: MockData, method: ChainMethod, chain: Chain, params: Params): Record<string, unknown> {
  if (method.resource === 'api') return resources();
  if (method.resource === 'config') return config(data, params);
  const table = method.resource;
  const id = chain.id ?? '';
  if (method.sub === 'bythread') return threads(data, table, params);
  if (method.sub === 'download') return download(data, id);
  if (method.sub) return combined(data, table, id, method.sub, params);
  switch (method.verb) {
    case 'GET':
      if (method.id) return { [singular[table]]: findRecord(data, table, id) };
      return table === 'whmcstickets' ? ticketList(data, params, null) : listResponse(data, table, params);
    case 'POST':
      return { [singular[table]]: createRecord(data, table, params) };
    case 'PUT':
      return { [singular[table]]: updateRecord(data, table, id, params) };
    case 'DELETE':
      return { [singular[table]]: deleteRecord(data, table, id) };
  }
}
