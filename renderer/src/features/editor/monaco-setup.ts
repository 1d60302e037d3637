/**
 * Monaco, bundled locally: only the editor core and the languages Parley shows (JSON, XML, SQL, snippets),
 * with their workers from Vite. Imported only by the lazily loaded editor chunk.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
// The editor's own features (find, folding, suggest, hover, code lens…). They must all be registered before
// the first editor is created: left to the lazily loaded JSON mode chunk, some arrive too late and Monaco
// reports "depends on UNKNOWN service".
import 'monaco-editor/features/register.all';
import 'monaco-editor/language/json/monaco.contribution';
import 'monaco-editor/languages/definitions/xml/register';
import 'monaco-editor/languages/definitions/sql/register';
// The languages of the Code tab's snippets (highlighting only: tokenizers, no workers).
import 'monaco-editor/languages/definitions/shell/register';
import 'monaco-editor/languages/definitions/bat/register';
import 'monaco-editor/languages/definitions/php/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/csharp/register';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/powershell/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { loader } from '@monaco-editor/react';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

// Without this, @monaco-editor/react would fetch Monaco from a CDN: offline and CSP would both refuse it.
loader.config({ monaco });

export { monaco };

// The contribution module re-exports these and has no .d.ts of its own; the features module has both.
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';

const schemaUriOf = (modelUri: string) => `parley-schema://${encodeURIComponent(modelUri)}`;

/**
 * Validates the model at `modelUri` against `schema` (null removes it). Monaco's JSON diagnostics take one
 * list of schemas for all models: each model's entry is found in that list by its schema URI.
 */
export function setModelJsonSchema(modelUri: string, schema: object | null): void {
  const uri = schemaUriOf(modelUri);
  const others = (jsonDefaults.diagnosticsOptions.schemas ?? []).filter((entry) => entry.uri !== uri);
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: schema ? [...others, { uri, fileMatch: [modelUri], schema }] : others,
  });
}
