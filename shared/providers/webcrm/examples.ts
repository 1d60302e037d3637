/**
 * An example value for every webCRM parameter, from its OpenAPI type: what the form offers as a placeholder,
 * and what a request built from examples alone sends. A body example holds the keys its schema requires.
 */
import type { DigestDefinition, DigestParam, DigestProperty, OpenApiDigest } from './openapi/digest';
import { dateTimeExample } from './date-time';

function scalarExample(type: string | undefined, format: string | undefined, values?: readonly string[]): unknown {
  if (values && values.length > 0) return values[0];
  if (format === 'date-time') return dateTimeExample;
  if (format === 'date') return '2019-09-01';
  if (format === 'uuid') return '00000000-0000-0000-0000-000000000001';
  switch (type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    default:
      return 'text';
  }
}

function propertyExample(key: string, property: DigestProperty, digest: OpenApiDigest, depth: number): unknown {
  if (property.type === 'array') return [];
  if (property.type === 'object')
    return property.ref && depth < 3 ? bodyExample(digest.definitions[property.ref], digest, depth + 1) : {};
  const value = scalarExample(property.type, property.format, property.enum);
  // Ids in a new record are 0 (webCRM assigns them); other numbers take 1.
  return typeof value === 'number' && /Id$/.test(key) ? 0 : value;
}

/** An object with every required key of the definition filled. */
function bodyExample(definition: DigestDefinition | undefined, digest: OpenApiDigest, depth = 0): unknown {
  if (!definition) return {};
  return Object.fromEntries(
    definition.required.flatMap((key) => {
      const property = definition.properties[key];
      return property ? [[key, propertyExample(key, property, digest, depth)]] : [];
    }),
  );
}

export function paramExample(param: DigestParam, digest: OpenApiDigest): unknown {
  if (param.in === 'body') {
    const item = bodyExample(param.schemaRef ? digest.definitions[param.schemaRef] : undefined, digest);
    return param.schemaIsArray ? [item] : item;
  }
  if (param.type === 'array') return param.enum && param.enum.length > 0 ? [param.enum[0]] : ['1'];
  return scalarExample(param.type, param.format, param.enum);
}
