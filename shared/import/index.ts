/**
 * Any text a user imports → a plan, or a located failure. The format is detected from the content
 * (a cURL command, Postman, OpenAPI/Swagger in JSON or YAML, HAR, Insomnia); this never throws.
 */
import { importCurl } from './curl/import';
import { importHar } from './har';
import { importInsomnia } from './insomnia';
import { parseJson, parseYaml } from './location';
import { importOpenApi } from './openapi';
import { importPostmanCollection, importPostmanEnvironment } from './postman';
import { obj, text, type Obj } from './shape';
import type { ImportFormat, ImportResult } from './types';
import { errorMessage, isRecord } from '../values';

const looksLikeCurl = (input: string) => /^\s*(\$\s+)?curl(\.exe)?(\s|$)/i.test(input);

/** Which importer reads this document, or why none does. */
export function formatOf(document: Obj): ImportFormat | { readonly unsupported: string } {
  const info = obj(document.info);
  if (/getpostman\.com|postman/i.test(text(info.schema)) || (Array.isArray(document.item) && isRecord(document.info)))
    return 'postman';
  if (
    Array.isArray(document.values) &&
    (document._postman_variable_scope !== undefined || typeof document.name === 'string')
  )
    return 'postman-environment';
  if (/^3\./.test(text(document.openapi)) || text(document.swagger) === '2.0') return 'openapi';
  if (document.openapi !== undefined || document.swagger !== undefined)
    return {
      unsupported: `OpenAPI ${text(document.openapi) || text(document.swagger)} is not supported: Parley reads Swagger 2.0 and OpenAPI 3.x.`,
    };
  if (isRecord(document.log) && Array.isArray(document.log.entries)) return 'har';
  if (document._type === 'export' && Array.isArray(document.resources)) {
    if (document.__export_format === 4) return 'insomnia';
    return {
      unsupported: `Insomnia export format ${text(document.__export_format)} is not supported: export as "Insomnia v4".`,
    };
  }
  return {
    unsupported:
      'Not a format Parley imports: expected a cURL command, a Postman collection or environment, an OpenAPI or Swagger document, a HAR file or an Insomnia v4 export.',
  };
}

function importDocument(document: Obj): ImportResult {
  const format = formatOf(document);
  if (typeof format !== 'string') return { ok: false, error: { message: format.unsupported, line: 1, column: 1 } };
  switch (format) {
    case 'postman':
      return { ok: true, plan: importPostmanCollection(document) };
    case 'postman-environment':
      return { ok: true, plan: importPostmanEnvironment(document) };
    case 'openapi':
      return { ok: true, plan: importOpenApi(document) };
    case 'har':
      return { ok: true, plan: importHar(document) };
    case 'insomnia':
      return { ok: true, plan: importInsomnia(document) };
    case 'curl':
      return { ok: false, error: { message: 'A cURL command is text, not a document.', line: 1, column: 1 } };
  }
}

export function importText(input: string): ImportResult {
  try {
    const source = input.replace(/^\uFEFF/, '');
    if (source.trim() === '')
      return { ok: false, error: { message: 'There is nothing to import: the input is empty.', line: 1, column: 1 } };
    if (looksLikeCurl(source)) return importCurl(source);
    const trimmed = source.trimStart();
    const parsed = trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJson(source) : parseYaml(source);
    if (!parsed.ok) return parsed;
    if (!isRecord(parsed.value))
      return {
        ok: false,
        error: {
          message:
            'Not a format Parley imports: expected a cURL command, a Postman collection or environment, an OpenAPI or Swagger document, a HAR file or an Insomnia v4 export.',
          line: 1,
          column: 1,
        },
      };
    return importDocument(parsed.value);
  } catch (error) {
    return {
      ok: false,
      error: { message: `The input could not be imported: ${errorMessage(error)}`, line: 1, column: 1 },
    };
  }
}
