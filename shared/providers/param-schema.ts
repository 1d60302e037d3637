/** A JSON schema for an endpoint's parameter object, so the raw editor underlines what the form would refuse. */
import type { ParamSpec, ParamType } from './catalog';

const jsonType: Record<ParamType, string | string[]> = {
  string: 'string',
  integer: ['integer', 'string'],
  number: ['number', 'string'],
  decimal: ['number', 'string'],
  boolean: ['boolean', 'string'],
  date: 'string',
  datetime: 'string',
  object: 'object',
  array: 'array',
};

export function paramsJsonSchema(params: readonly ParamSpec[]): object {
  return {
    type: 'object',
    properties: Object.fromEntries(
      params.map((p) => [
        p.name,
        {
          type: jsonType[p.type],
          ...(p.description ? { description: p.description } : {}),
          ...(p.enum ? { enum: [...p.enum] } : {}),
          ...(p.pattern ? { pattern: p.pattern } : {}),
          ...(p.maxLength !== undefined ? { maxLength: p.maxLength } : {}),
        },
      ]),
    ),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}
