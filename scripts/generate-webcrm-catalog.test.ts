import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDigestSource, generatedPath, swaggerPath } from './generate-webcrm-catalog';
import { webcrmCatalog } from '../shared/providers/webcrm/catalog';

describe('webCRM catalog generation', () => {
  it('the committed digest is what the generator makes from the committed OpenAPI document', () => {
    expect(readFileSync(generatedPath, 'utf8')).toBe(generateDigestSource());
  });

  it('the catalog has every operation of the official document, each once', () => {
    const doc = JSON.parse(readFileSync(swaggerPath, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, verbs]) =>
      Object.keys(verbs).map((verb) => `${verb.toUpperCase()} ${path}`),
    );
    expect(operations).toHaveLength(280);
    expect(webcrmCatalog.map((e) => `${e.method} ${e.path}`).sort()).toEqual(operations.sort());
    expect(new Set(webcrmCatalog.map((e) => e.id)).size).toBe(280);
  });
});
