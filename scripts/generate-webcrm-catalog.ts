/**
 * Writes shared/providers/webcrm/openapi/digest.generated.ts from the committed copy of webCRM's official
 * OpenAPI document. Run with `npx tsx scripts/generate-webcrm-catalog.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestModuleSource, digestOpenApi, type RawOpenApiDocument } from '../shared/providers/webcrm/openapi/digest';

const folder = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'shared',
  'providers',
  'webcrm',
  'openapi',
);
export const swaggerPath = path.join(folder, 'swagger-2019.json');
export const generatedPath = path.join(folder, 'digest.generated.ts');

export function generateDigestSource(): string {
  const doc = JSON.parse(readFileSync(swaggerPath, 'utf8')) as RawOpenApiDocument;
  return digestModuleSource(digestOpenApi(doc));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(generatedPath, generateDigestSource());
  console.log(`Wrote ${path.relative(process.cwd(), generatedPath)}`);
}
