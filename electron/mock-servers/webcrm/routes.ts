/**
 * Answers every operation of the catalog from the in-memory tables: lists paged by Page/Size, rows by
 * id, creates/updates/deletes, LinkedData, hooks and /Queries, with webCRM's error bodies.
 */
import { json, type MockRequest, type MockResponse } from '../http-kit';
import type { DigestOperation } from '../../../shared/providers/webcrm/openapi/digest';
import { webcrmOpenApi } from '../../../shared/providers/webcrm/openapi/digest.generated';
import { webcrmSqlSchema } from '../../../shared/providers/webcrm/sql/schema';
import type { WebcrmFaults } from './auth-state';
import { runQuery, QueryError } from './queries';
import { customFieldProblem, quotationLineProblem } from './rules';
import { bodyErrors, validationProblem } from './body-schema';
import type { Row, Tables } from './seed';

export const errorBody = (status: number, message: string, type: string): MockResponse =>
  json(status, { Message: message, Type: type });

const dtoTables: Readonly<Record<string, string>> = {
  LinkedDataItemDto: 'LinkedData',
  SupportCaseEmailDto: 'EmailSupport',
};
const tableOfDto = (dto: string): string => dtoTables[dto] ?? dto.replace(/Dto$/, '');

// The entity a resource tag is about, read from its list operation (GET /Persons → PersonDto → Person).
const tagEntity: ReadonlyMap<string, string> = new Map(
  webcrmOpenApi.operations.flatMap((op) => {
    const dto = op.response.startsWith('array:') ? op.response.slice(6) : '';
    return op.method === 'GET' && op.path === `/${op.tag}` && dto.endsWith('Dto')
      ? [[op.tag, tableOfDto(dto)] as const]
      : [];
  }),
);

export interface RouteState {
  readonly tables: Tables;
  readonly hooks: Map<string, Row[]>;
  nextId: number;
}

function primaryKey(table: string): string {
  return webcrmSqlSchema.entities.find((entity) => entity.name === table)?.primaryKey ?? 'Id';
}

const linkedTypes = new Set([
  'Organisation',
  'Person',
  'Activity',
  'Opportunity',
  'Delivery',
  'Product',
  'SupportCase',
]);

/** A DTO that is not a table row (meetings, features…), with every property present and its key filled. */
function synthesize(dto: string, id: string | undefined): Row {
  const row: Row = {};
  for (const [name, property] of Object.entries(webcrmOpenApi.definitions[dto]?.properties ?? {})) {
    if (property.type === 'array' || property.type === 'object') continue;
    row[name] =
      property.enum?.[0] ??
      (property.type === 'integer' || property.type === 'number'
        ? 0
        : property.type === 'boolean'
          ? false
          : property.format === 'date-time'
            ? '2019-09-30T10:00:00'
            : '');
  }
  for (const key of Object.keys(row)) if (/(^|[a-z])Id$/.test(key) && id) row[key] = id;
  return row;
}

function page(rows: readonly Row[], fields: Readonly<Record<string, string>>): MockResponse {
  const pageText = fields.Page ?? fields.page;
  const sizeText = fields.Size ?? fields.size;
  const pageNumber = pageText === undefined ? 1 : Number(pageText);
  // webCRM does not document the default page size: the mock assumes 50.
  const size = sizeText === undefined ? 50 : Number(sizeText);
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > 1_000_000)
    return errorBody(400, 'The field Page must be between 1 and 1000000.', 'ValidationException');
  if (!Number.isInteger(size) || size < 1 || size > 1000)
    return errorBody(400, 'The field Size must be between 1 and 1000.', 'ValidationException');
  return json(200, rows.slice((pageNumber - 1) * size, pageNumber * size));
}

/** Narrows a list by what the route's path says (ByOrganisation, ByStatus, /{id}/Persons, dates…). */
function narrow(rows: Row[], entity: string, op: DigestOperation, params: Readonly<Record<string, string>>): Row[] {
  const value = (column: string) => (row: Row) =>
    String(row[column] ?? '') === String(params[Object.keys(params)[0] ?? ''] ?? '');
  const has = (column: string) => rows.length === 0 || column in (rows[0] ?? {});
  const path = op.path;
  if (/\/ByOrganisation\//.test(path) && has(`${entity}OrganisationId`))
    return rows.filter(value(`${entity}OrganisationId`));
  if (/\/ByStatus\//.test(path) && has(`${entity}Status`)) return rows.filter(value(`${entity}Status`));
  if (/\/ByResponsible2\//.test(path) && has(`${entity}AssignedTo2`)) return rows.filter(value(`${entity}AssignedTo2`));
  if (/\/ByResponsible\//.test(path) && has(`${entity}AssignedTo`)) return rows.filter(value(`${entity}AssignedTo`));
  if (/\/ByPipelineLevel\//.test(path) && has(`${entity}Level`)) return rows.filter(value(`${entity}Level`));
  const dates = /\/FindBy(Create|Update)Dates\//.exec(path);
  if (dates) {
    const column = `${entity}${dates[1] === 'Create' ? 'Created' : 'Updated'}At`;
    const [start, end] = [Date.parse(params.startDate ?? ''), Date.parse(params.endDate ?? '')];
    return rows.filter((row) => {
      const at = Date.parse(String(row[column] ?? ''));
      return at >= start && at < end;
    });
  }
  const owner = /^\/(\w+)\/\{(\w+)\}\/\w+$/.exec(path);
  const ownerEntity = owner ? tagEntity.get(owner[1] ?? '') : undefined;
  if (owner && ownerEntity && has(`${entity}${ownerEntity}Id`))
    return rows.filter((row) => String(row[`${entity}${ownerEntity}Id`]) === params[owner[2] ?? '']);
  return rows;
}

function readBody(request: MockRequest): { ok: true; value: unknown } | { ok: false; response: MockResponse } {
  const type = String(request.headers['content-type'] ?? '').toLowerCase();
  if (request.rawBody.length === 0)
    return { ok: false, response: errorBody(400, 'A non-empty request body is required.', 'ValidationException') };
  if (!/json|xml/.test(type))
    return {
      ok: false,
      response: errorBody(
        415,
        `Unsupported media type "${type || 'none'}": send application/json.`,
        'UnsupportedMediaTypeException',
      ),
    };
  if (request.json === undefined)
    return { ok: false, response: errorBody(400, 'The request body is not valid JSON.', 'ValidationException') };
  return { ok: true, value: request.json };
}

function writeProblem(
  record: Record<string, unknown>,
  entity: string,
  creating: boolean,
  faults: WebcrmFaults,
): string | null {
  return (
    customFieldProblem(record) ??
    (entity === 'QuotationLine' ? quotationLineProblem(record, creating, faults.quotationLinkedData) : null)
  );
}

export function handleOperation(
  state: RouteState,
  faults: WebcrmFaults,
  op: DigestOperation,
  pathParams: Readonly<Record<string, string>>,
  request: MockRequest,
): MockResponse {
  for (const param of op.params) {
    if (param.required && param.in === 'query' && !request.fields[param.name])
      return errorBody(400, `The ${param.name} field is required.`, 'ValidationException');
  }
  if (op.tag === 'Queries') {
    const script = request.fields.script ?? '';
    if (!script.trim()) return errorBody(400, 'The script field is required.', 'ValidationException');
    try {
      return page(runQuery(state.tables, script), request.fields);
    } catch (error) {
      if (error instanceof QueryError) return errorBody(400, error.message, 'QueryException');
      throw error;
    }
  }
  if (
    op.tag === 'Meetings' &&
    request.fields.from &&
    request.fields.to &&
    Date.parse(request.fields.to) - Date.parse(request.fields.from) >= 365 * 86_400_000
  ) {
    return errorBody(400, 'The date range must be less than one year.', 'ValidationException');
  }

  const entity = tagEntity.get(op.tag) ?? '';
  const isHook = op.path.includes('/Hooks');
  const isLinked = op.path.includes('/LinkedData');
  // QuotationLines keep their own linked-data items; every other entity shares LinkedData, by entity type.
  const linkedTable = op.tag === 'QuotationLines' ? 'QuotationLineLinkedDataItem' : 'LinkedData';
  const rowsOf = (): Row[] => {
    if (isHook) return state.hooks.get(op.tag) ?? state.hooks.set(op.tag, []).get(op.tag) ?? [];
    const rows = state.tables.get(isLinked ? linkedTable : entity) ?? [];
    if (!isLinked || linkedTable !== 'LinkedData' || !linkedTypes.has(entity)) return rows;
    return rows.filter((row) => row.LinkedDataItemEntityType === entity);
  };
  const table = isHook ? 'Hook' : isLinked ? linkedTable : entity;
  const key = isHook ? 'Id' : primaryKey(table);
  const idParam = pathParams.id ?? pathParams.meetingId;
  const find = () => rowsOf().find((row) => String(row[key]) === idParam);
  const notFound = () => errorBody(404, `${table} with id ${idParam ?? '?'} was not found.`, 'NotFoundException');

  if (op.response === 'file')
    return {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="document-${idParam ?? '1'}.pdf"`,
      },
      body: Buffer.from('%PDF-1.4\n% webCRM mock document\n'),
    };

  if (op.method === 'GET') {
    if (op.response.startsWith('array:') && !idParam) {
      const dto = op.response.slice(6);
      if (isHook || isLinked) return page(rowsOf(), request.fields);
      return page(narrow(state.tables.get(tableOfDto(dto)) ?? [], tableOfDto(dto), op, pathParams), request.fields);
    }
    if (op.response.startsWith('array:')) {
      // Sub-collections of one row: /Organisations/{id}/Persons, /Opportunities/{id}/QuotationLines…
      if (!state.tables.get(entity)?.some((row) => String(row[primaryKey(entity)]) === idParam)) return notFound();
      const target = tableOfDto(op.response.slice(6));
      return page(narrow(state.tables.get(target) ?? [], target, op, pathParams), request.fields);
    }
    if (op.path.endsWith('/LinkedSetup'))
      return json(
        200,
        (state.tables.get(entity === 'QuotationLine' ? 'QuotationLineLinkedSetup' : 'LinkedSetup') ?? [])[0] ?? {},
      );
    if (op.path === '/Settings/Features') return json(200, { CalendarIntegration: 'Disabled' });
    if (op.path === '/Auth')
      return json(200, { UserId: 1, UserName: 'Mette Frederiksen', ApplicationToken: 'REST API (demo)' });
    if (!isHook && !isLinked && !state.tables.has(tableOfDto(op.response)))
      return json(200, synthesize(op.response, idParam));
    const row = find();
    return row ? json(200, row) : notFound();
  }

  if (op.method === 'DELETE') {
    if (op.tag === 'Meetings') return { status: 204 };
    if (op.path.endsWith('/NewestNote')) return { status: 200 };
    const rows = rowsOf();
    if (isLinked && !idParam) {
      // "Deletes all linked data" for the entity.
      for (const row of [...rows])
        state.tables.get(linkedTable)?.splice(state.tables.get(linkedTable)?.indexOf(row) ?? -1, 1);
      return { status: 200 };
    }
    const target = find();
    if (!target) return notFound();
    rows.splice(rows.indexOf(target), 1);
    return { status: 200 };
  }

  const hasBody = op.params.some((param) => param.in === 'body');
  const body = hasBody ? readBody(request) : { ok: true as const, value: undefined };
  if (!body.ok) return body.response;
  const missing = bodyErrors(op, body.value);
  if (Object.keys(missing).length > 0) return validationProblem(missing);
  if (op.path.endsWith('/Move') || op.path.includes('/Convert'))
    return idParam && !state.tables.get(entity)?.some((row) => String(row[primaryKey(entity)]) === idParam)
      ? notFound()
      : { status: 204 };
  if (op.path.includes('/Notes') || op.path.includes('/Connections') || op.tag === 'Meetings' || op.tag === 'Auth') {
    return op.response === 'none'
      ? { status: 200 }
      : json(
          200,
          op.response.startsWith('array') ? [] : op.tag === 'Meetings' ? `mtg-${state.nextId++}` : state.nextId++,
        );
  }

  if (op.method === 'PATCH') {
    if (!Array.isArray(body.value)) return errorBody(400, 'The body must be an array.', 'ValidationException');
    const rows = rowsOf();
    return json(
      200,
      body.value.map((item: unknown) => {
        const record = (item && typeof item === 'object' ? item : {}) as Row;
        const problem = writeProblem(record, entity, false, faults);
        if (problem) return problem;
        const existing = rows.find((row) => row[key] === record[key] && Number(record[key]) > 0);
        if (existing) Object.assign(existing, record);
        else rows.push({ ...record, [key]: state.nextId });
        return existing ? '' : String(state.nextId++);
      }),
    );
  }

  const record = (body.value && typeof body.value === 'object' && !Array.isArray(body.value) ? body.value : {}) as Row;
  const problem = isHook ? null : writeProblem(record, entity, op.method === 'POST', faults);
  if (problem) return errorBody(400, problem, 'ValidationException');
  if (op.method === 'PUT') {
    const existing = find();
    if (!existing) return notFound();
    Object.assign(existing, record, { [key]: existing[key] });
    return { status: 200 };
  }
  // POST: create and answer the new id.
  const id = state.nextId++;
  const rows = isHook
    ? (state.hooks.get(op.tag) ?? state.hooks.set(op.tag, []).get(op.tag) ?? [])
    : (state.tables.get(table) ?? []);
  rows.push({ ...record, [key]: id });
  return json(200, id);
}
