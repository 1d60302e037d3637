/**
 * Monaco completion of webCRM table and column names, registered once for the 'sql' language however
 * many SQL editors are open (each open editor holds a reference).
 */
import type { Monaco } from '@monaco-editor/react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { webcrmSqlSchema as schema, findEntity } from '../../../../shared/providers/webcrm/sql/schema';

let registration: { dispose(): void } | null = null;
let users = 0;

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

function register(monaco: Monaco): { dispose(): void } {
  return monaco.languages.registerCompletionItemProvider('sql', {
    triggerCharacters: ['.', ' '],
    provideCompletionItems(model: MonacoApi.editor.ITextModel, position: MonacoApi.Position) {
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

/** Call on editor mount; call the returned function on unmount. */
export function retainSqlCompletion(monaco: Monaco): () => void {
  users += 1;
  registration ??= register(monaco);
  return () => {
    users -= 1;
    if (users === 0) {
      registration?.dispose();
      registration = null;
    }
  };
}
