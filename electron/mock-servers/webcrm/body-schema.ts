/**
 * Request bodies checked against the OpenAPI definitions' required keys, as webCRM's ASP.NET model
 * validation does, answered with an RFC 7807 validation problem. Assumption (the docs show no example):
 * the body is ASP.NET Core's ValidationProblemDetails with HTTP 400.
 */
import type { DigestOperation } from '../../../shared/providers/webcrm/openapi/digest';
import { webcrmOpenApi } from '../../../shared/providers/webcrm/openapi/digest.generated';
import { json, type MockResponse } from '../http-kit';

export type FieldErrors = Record<string, string[]>;

function missingKeys(dto: string, value: unknown, prefix: string, errors: FieldErrors): void {
  const definition = webcrmOpenApi.definitions[dto];
  if (!definition) return;
  const record = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  for (const key of definition.required)
    if (record[key] === undefined || record[key] === null)
      errors[`${prefix}${key}`] = [`The ${key} field is required.`];
}

/** The body's missing required keys per field path (`PersonId`, `[0].PersonId`); empty when it is whole. */
export function bodyErrors(op: DigestOperation, body: unknown): FieldErrors {
  const param = op.params.find((p) => p.in === 'body');
  const errors: FieldErrors = {};
  if (!param?.schemaRef) return errors;
  if (param.schemaIsArray) {
    if (Array.isArray(body))
      body.forEach((item, index) => missingKeys(param.schemaRef ?? '', item, `[${index}].`, errors));
  } else if (body !== undefined) missingKeys(param.schemaRef, body, '', errors);
  return errors;
}

export function validationProblem(errors: FieldErrors): MockResponse {
  return json(
    400,
    {
      type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors,
    },
    { 'content-type': 'application/problem+json; charset=utf-8' },
  );
}
