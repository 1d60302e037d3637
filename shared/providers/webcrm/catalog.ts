/**
 * webCRM's endpoint catalog, derived from the official OpenAPI document (via the generated digest):
 * all 280 operations, with the reference pages' notes attached where they apply.
 */
import type { EndpointSpec, ParamLocation, ParamSpec, ParamType } from '../catalog';
import type { HttpMethod } from '../../http/types';
import type { DigestOperation, DigestParam, OpenApiDigest } from './openapi/digest';
import { webcrmOpenApi } from './openapi/digest.generated';
import { dateTimeExample, dateTimeHelp } from './date-time';
import { paramExample } from './examples';

const popularIds = new Set([
  'AuthApiLoginPost',
  'PersonsGet',
  'OrganisationsGet',
  'QueriesGet',
  'ActivitiesGet',
  'OpportunitiesGet',
]);

const pagingNote =
  'Lists are bare JSON arrays without a total: ask for Page+1 until an empty array comes back. Size is at most 1000.';
const customFieldNote =
  'Custom fields: a checkbox takes "Yes" or "No"; a list value must match an item exactly (case-sensitive).';
const linkedDataNote =
  'If linked data is enabled for this entity in webCRM, use the /LinkedData endpoints instead of the plain ones.';
const queriesNotes = [
  'SQL over the webCRM entities (tables Person, Organisation, Activity, Delivery, Opportunity, Product, QuotationLine, LinkedData…; columns are the DTO property names). Everything is allowed except INSERT.',
  "Join on the known keys, e.g. JOIN Organisation ON (Person.PersonOrganisationId = Organisation.OrganisationId). Compare dates with ISO strings ('2019-09-01T12:48:51') and checkbox custom fields with 'Yes'/'No'.",
];
const quotationNotes = [
  'When creating a quotation line, QuotationLineId must be 0.',
  'The error "Possible quotation not found" means linked data is enabled: create /QuotationLines/LinkedData first and set QuotationLineLinkedDataId on the line.',
];

function paramType(param: DigestParam): ParamType {
  if (param.in === 'body') return param.schemaIsArray ? 'array' : 'object';
  switch (param.type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    case 'string':
      return param.format === 'date-time' ? 'datetime' : param.format === 'date' ? 'date' : 'string';
    default:
      return 'string';
  }
}

// formData fields are the form the builder encodes (the provider's own parameter bag).
const locations: Record<DigestParam['in'], ParamLocation> = {
  query: 'query',
  path: 'path',
  header: 'header',
  formData: 'params',
  body: 'body',
};

function toParamSpec(param: DigestParam, digest: OpenApiDigest): ParamSpec {
  const spec: ParamSpec = {
    name: param.name,
    in: locations[param.in],
    type: paramType(param),
    required: param.required || param.in === 'path',
    description:
      param.description ??
      (param.schemaRef ? `${param.schemaIsArray ? 'An array of ' : ''}${param.schemaRef} as JSON` : undefined),
    enum: param.enum,
    minimum: param.minimum,
    maximum: param.maximum,
    example: paramExample(param, digest),
  };
  if (spec.type === 'datetime')
    return {
      ...spec,
      example: dateTimeExample,
      description: spec.description ? `${spec.description} ${dateTimeHelp}` : dateTimeHelp,
    };
  if (param.name === 'Size') return { ...spec, example: 50 };
  if (param.name === 'Page') return { ...spec, example: 1 };
  if (param.name === 'script')
    return {
      ...spec,
      required: true,
      example: 'SELECT * FROM Person',
      description: 'The SQL script: anything but INSERT.',
    };
  return spec;
}

function notesFor(op: DigestOperation): string[] {
  const notes: string[] = [];
  if (op.description) notes.push(op.description);
  if (op.tag === 'Queries') notes.push(...queriesNotes);
  else if (op.params.some((p) => p.name === 'Size')) notes.push(pagingNote);
  if (op.path.includes('/LinkedData') || op.path.includes('/LinkedSetup')) notes.push(linkedDataNote);
  if (op.tag === 'QuotationLines') notes.push(...quotationNotes);
  if ((op.method === 'POST' || op.method === 'PUT' || op.method === 'PATCH') && op.params.some((p) => p.in === 'body'))
    notes.push(customFieldNote);
  if (op.path === '/Auth/ApiLogin')
    notes.push('The access token is valid for one hour; Parley logs in, caches and refreshes it for you.');
  if (op.secured)
    notes.push('250 requests per minute per application token; past that webCRM answers 429 with Retry-After.');
  return notes;
}

function assumptionFor(op: DigestOperation): string | undefined {
  if (op.path === '/Auth/ApiLogin')
    return 'Sent as an urlencoded form field as the docs show; the official SDK sends multipart, which webCRM also accepts.';
  if (op.tag === 'Queries')
    return 'webCRM does not document the default Page/Size of /Queries (the local mock assumes Size 50); set Size (at most 1000) to be sure.';
  return undefined;
}

function bodySchemaFor(op: DigestOperation, digest: OpenApiDigest): unknown {
  const body = op.params.find((p) => p.in === 'body');
  const definition = body?.schemaRef ? digest.definitions[body.schemaRef] : undefined;
  if (!body || !definition) return undefined;
  const item = {
    title: body.schemaRef,
    type: 'object',
    required: definition.required,
    properties: definition.properties,
  };
  return body.schemaIsArray ? { type: 'array', items: item } : item;
}

export function catalogFromDigest(digest: OpenApiDigest): EndpointSpec[] {
  return digest.operations.map((op) => ({
    id: op.operationId,
    group: op.tag,
    name: op.summary,
    method: op.method as HttpMethod,
    path: op.path,
    params: op.params.map((param) => toParamSpec(param, digest)),
    auth: op.path.startsWith('/Auth/') ? 'none' : 'bearer',
    description: op.description ? `${op.summary}. ${op.description}` : op.summary,
    notes: notesFor(op),
    assumption: assumptionFor(op),
    bodySchema: bodySchemaFor(op, digest),
    produces: op.produces,
    popular: popularIds.has(op.operationId) || undefined,
  }));
}

export const webcrmCatalog: readonly EndpointSpec[] = catalogFromDigest(webcrmOpenApi);

export function webcrmEndpoint(id: string): EndpointSpec | undefined {
  return webcrmCatalog.find((endpoint) => endpoint.id === id);
}
