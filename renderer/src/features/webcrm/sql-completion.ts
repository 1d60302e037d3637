/**
 * Monaco completion of webCRM table and column names. Monaco's providers are per language, not per editor:
 * each SQL editor registers its own and it answers only in that editor, so two open editors never list a
 * name twice and each takes its provider away when it goes.
 */
import type { Monaco } from '@monaco-editor/react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { webcrmSqlSchema as schema, findEntity } from '../../../../shared/providers/webcrm/sql/schema';

const keywords = [
  'SELECT',
  'FROM',
  'JOIN',
  'ON',
  'WHERE',
  'AND',
  'OR',
  'NOT',
  'LIKE',
  'IS',
  'NULL',
  'ORDER BY',
  'ASC',
  'DESC',
];

/** Call on editor mount; dispose the result on unmount. */
export function registerSqlCompletion(
  monaco: Monaco,
  editor: Pick<MonacoApi.editor.ICodeEditor, 'getModel'>,
): { dispose(): void } {
  return monaco.languages.registerCompletionItemProvider('sql', {
    triggerCharacters: ['.', ' '],
    provideCompletionItems(model: MonacoApi.editor.ITextModel, position: MonacoApi.Position) {
      if (model !== editor.getModel()) return { suggestions: [] };
      const word = model.getWordUntilPosition(position);
      const range = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: word.startColumn,
        endColumn: word.endColumn,
      };
      const before = model.getValueInRange({
        startLineNumber: position.lineNumber,
        startColumn: 1,
        endLineNumber: position.lineNumber,
        endColumn: word.startColumn,
      });
      const owner = /([A-Za-z0-9_]+)\.$/.exec(before)?.[1];
      const kind = monaco.languages.CompletionItemKind;
      const columnItems = (entityName: string) =>
        (findEntity(schema, entityName)?.columns ?? []).map((column) => ({
          label: column.name,
          kind: kind.Field,
          detail: `${entityName} · ${column.type}${column.enum ? ` (${column.enum.join(' | ')})` : ''}${column.custom ? ' · custom field' : ''}`,
          insertText: column.name,
          range,
        }));
      if (owner) return { suggestions: columnItems(owner) };
      const tableItems = schema.entities.map((entity) => ({
        label: entity.name,
        kind: kind.Class,
        detail: `table · ${entity.columns.length} columns`,
        insertText: entity.name,
        range,
      }));
      // After FROM or JOIN only a table name fits.
      if (/\b(FROM|JOIN)\s+$/i.test(before)) return { suggestions: tableItems };
      // Columns of the tables the script already names, then every table, then keywords.
      const text = model.getValue();
      const named = schema.entities.filter((entity) => new RegExp(`\\b${entity.name}\\b`, 'i').test(text));
      return {
        suggestions: [
          ...named.flatMap((entity) => columnItems(entity.name)),
          ...tableItems,
          ...keywords.map((keyword) => ({ label: keyword, kind: kind.Keyword, insertText: keyword, range })),
        ],
      };
    },
  });
}
