/**
 * The official webCRM OpenAPI 2.0 document, compacted to what Parley uses: every operation with its
 * parameters, and every DTO with its properties. The generator writes the result to digest.generated.ts,
 * so the app ships a small TS module instead of the 600 kB document, and a test proves it is up to date.
 */

export interface DigestParam {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header' | 'formData' | 'body';
  readonly required: boolean;
  readonly type?: string;
  readonly format?: string;
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  /** For `in: body`: the DTO name, and whether the body is an array of it. */
  readonly schemaRef?: string;
  readonly schemaIsArray?: boolean;
}

export interface DigestOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly params: readonly DigestParam[];
  /** What a 200 carries: 'array:PersonDto', 'PersonDto', 'integer', 'string', 'array:string', 'file' or 'none'. */
  readonly response: string;
  /** The media types a response may have (OpenAPI `produces`): what the request's Accept offers. */
  readonly produces?: readonly string[];
  readonly secured: boolean;
}

export interface DigestProperty {
  readonly type: string;
  readonly format?: string;
  readonly enum?: readonly string[];
  readonly maxLength?: number;
  readonly description?: string;
  readonly ref?: string;
}

export interface DigestDefinition {
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, DigestProperty>>;
}

export interface OpenApiDigest {
  readonly title: string;
  readonly version: string;
  readonly operations: readonly DigestOperation[];
  readonly definitions: Readonly<Record<string, DigestDefinition>>;
}

// The slice of OpenAPI 2.0 the document uses; everything is optional because the input is untrusted JSON.
interface RawSchema {
  type?: string;
  format?: string;
  $ref?: string;
  items?: RawSchema;
  enum?: string[];
  maxLength?: number;
  description?: string;
  required?: string[];
  properties?: Record<string, RawSchema>;
}
interface RawParam extends Omit<RawSchema, 'required'> {
  name: string;
  in: DigestParam['in'];
  required?: boolean;
  minimum?: number;
  maximum?: number;
  schema?: RawSchema;
}
interface RawOperation {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  parameters?: RawParam[];
  produces?: string[];
  responses?: Record<string, { schema?: RawSchema }>;
  security?: unknown[];
}
export interface RawOpenApiDocument {
  info?: { title?: string; version?: string };
  paths: Record<string, Record<string, RawOperation>>;
  definitions?: Record<string, RawSchema>;
  security?: unknown[];
}

const refName = (ref: string): string => ref.replace('#/definitions/', '');

function describeSchema(schema: RawSchema | undefined): string {
  if (!schema) return 'none';
  if (schema.$ref) return refName(schema.$ref);
  if (schema.type === 'array') return `array:${describeSchema(schema.items)}`;
  return schema.type ?? 'none';
}

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

function digestParam(raw: RawParam): DigestParam {
  const bodyRef = raw.schema?.$ref ?? raw.schema?.items?.$ref;
  return clean({
    name: raw.name,
    in: raw.in,
    required: raw.required === true,
    type: raw.in === 'body' ? (raw.schema?.type === 'array' ? 'array' : 'object') : raw.type,
    format: raw.format,
    description: raw.description?.trim(),
    enum: raw.enum ?? raw.items?.enum,
    minimum: raw.minimum,
    maximum: raw.maximum,
    schemaRef: bodyRef ? refName(bodyRef) : undefined,
    schemaIsArray: raw.in === 'body' ? raw.schema?.type === 'array' : undefined,
  });
}

function digestProperty(raw: RawSchema): DigestProperty {
  return clean({
    type: raw.$ref ? 'object' : (raw.type ?? 'object'),
    format: raw.format,
    enum: raw.enum,
    maxLength: raw.maxLength,
    description: raw.description?.trim(),
    ref: raw.$ref ? refName(raw.$ref) : raw.items?.$ref ? refName(raw.items.$ref) : undefined,
  });
}

/** Operations in document order (paths, then verbs as written), DTOs by name. */
export function digestOpenApi(doc: RawOpenApiDocument): OpenApiDigest {
  const operations: DigestOperation[] = [];
  for (const [path, verbs] of Object.entries(doc.paths)) {
    for (const [verb, op] of Object.entries(verbs)) {
      const ok = op.responses?.['200'] ?? op.responses?.['201'] ?? op.responses?.['204'];
      const response = op.responses?.['206'] !== undefined ? 'file' : describeSchema(ok?.schema);
      operations.push(
        clean({
          operationId: op.operationId ?? `${verb}${path}`,
          method: verb.toUpperCase(),
          path,
          tag: op.tags?.[0] ?? 'Other',
          summary: op.summary?.trim() ?? `${verb.toUpperCase()} ${path}`,
          description: op.description?.replace(/\s+/g, ' ').trim(),
          params: (op.parameters ?? []).map(digestParam),
          response,
          produces: op.produces && op.produces.length > 0 ? op.produces : undefined,
          secured: op.responses?.['401'] !== undefined,
        }),
      );
    }
  }
  const definitions: Record<string, DigestDefinition> = {};
  for (const [name, schema] of Object.entries(doc.definitions ?? {})) {
    definitions[name] = {
      required: schema.required ?? [],
      properties: Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, digestProperty(value)]),
      ),
    };
  }
  return { title: doc.info?.title ?? 'webCRM REST API', version: doc.info?.version ?? '', operations, definitions };
}

/** The TS module the generator writes. */
export function digestModuleSource(digest: OpenApiDigest): string {
  return [
    '// Generated by scripts/generate-webcrm-catalog.ts from shared/providers/webcrm/openapi/swagger-2019.json.',
    '// Do not edit: run `npx tsx scripts/generate-webcrm-catalog.ts` (a test fails when this file is stale).',
    "import type { OpenApiDigest } from './digest';",
    '',
    `export const webcrmOpenApi: OpenApiDigest = ${JSON.stringify(digest, null, 1)};`,
    '',
  ].join('\n');
}
