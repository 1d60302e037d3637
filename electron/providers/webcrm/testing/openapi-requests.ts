/**
 * Checks requests against webCRM's official OpenAPI 2.0 document (the committed copy) with maintained tools:
 * swagger2openapi converts it to OpenAPI 3, openapi-backend matches the operation and validates path,
 * query, headers and body with ajv (ajv-formats for `date-time`, `uuid`…).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import addFormats from 'ajv-formats';
import { OpenAPIBackend, type Document, type Request as OpenApiRequest } from 'openapi-backend';
import { convertObj } from 'swagger2openapi';
import type { HttpRequestSpec } from '../../../../shared/http/types';

const swaggerPath = path.resolve(__dirname, '../../../../shared/providers/webcrm/openapi/swagger-2019.json');

export interface RequestViolations {
  readonly operationId: string | null;
  readonly violations: readonly string[];
}

export interface WebcrmRequestValidator {
  validate(request: HttpRequestSpec): RequestViolations;
}

export async function createWebcrmRequestValidator(): Promise<WebcrmRequestValidator> {
  const swagger = JSON.parse(readFileSync(swaggerPath, 'utf8')) as {
    paths: Record<string, Record<string, { responses?: unknown }>>;
  };
  // Only requests are checked; one response refers to a DTO the document never defines (ObjectDto).
  for (const item of Object.values(swagger.paths))
    for (const operation of Object.values(item)) operation.responses = { default: { description: 'not checked' } };
  const { openapi } = await convertObj(swagger, { patch: true, warnOnly: true });
  const api = new OpenAPIBackend({
    definition: openapi as unknown as Document,
    strict: true,
    validate: true,
    customizeAjv: (ajv) => {
      addFormats(ajv);
      return ajv;
    },
  });
  await api.init();

  return {
    validate(request) {
      const url = new URL(request.url);
      const query: Record<string, string | string[]> = {};
      for (const [name, value] of url.searchParams) {
        const seen = query[name];
        query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
      }
      const headers = Object.fromEntries(request.headers.map(([name, value]) => [name.toLowerCase(), value]));
      let body: unknown;
      if (request.body.kind === 'json') body = JSON.parse(request.body.text);
      else if (request.body.kind === 'form') {
        body = Object.fromEntries(request.body.fields.map((field) => [field.name, field.value]));
        headers['content-type'] ??= 'application/x-www-form-urlencoded';
      }
      const input: OpenApiRequest = {
        method: request.method.toLowerCase(),
        path: decodeURI(url.pathname),
        query,
        headers,
        body,
      };
      const operation = api.matchOperation(input);
      if (!operation) return { operationId: null, violations: [`no operation ${request.method} ${url.pathname}`] };
      const result = api.validateRequest(input, operation);
      return {
        operationId: operation.operationId ?? null,
        violations: (result.errors ?? []).map(
          (error) => `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`,
        ),
      };
    },
  };
}
