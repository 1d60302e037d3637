/** The Monaco SQL editor of the builder: completion from the schema, validation markers before sending. */
import { useEffect, useRef, useState } from 'react';
import type { Monaco, OnMount } from '@monaco-editor/react';
import type { SqlProblem } from '../../../../shared/providers/webcrm/sql/validate';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { registerSqlCompletion } from './sql-completion';
import { useDocumentTheme } from './useDocumentTheme';

type Editor = Parameters<OnMount>[0];

export interface SqlEditorProps {
  readonly value: string;
  readonly problems: readonly SqlProblem[];
  readonly onChange: (value: string) => void;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

export function SqlEditor({ value, problems, onChange }: SqlEditorProps) {
  const theme = useDocumentTheme();
  const [mounted, setMounted] = useState<{ editor: Editor; monaco: Monaco } | null>(null);
  const completion = useRef<{ dispose(): void } | null>(null);
  useEffect(() => () => completion.current?.dispose(), []);

  useEffect(() => {
    const model = mounted?.editor.getModel();
    if (!mounted || !model) return;
    const severity = mounted.monaco.MarkerSeverity;
    mounted.monaco.editor.setModelMarkers(
      model,
      'webcrm-sql',
      problems.map((problem) => {
        const start = model.getPositionAt(problem.start);
        const end = model.getPositionAt(Math.max(problem.end, problem.start + 1));
        return {
          severity: problem.severity === 'error' ? severity.Error : severity.Warning,
          message: problem.message,
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        };
      }),
    );
  }, [mounted, problems, value]);

  const onMount: OnMount = (editor, monaco) => {
    // The suggestion list is wider than this 150px-high box and would be cut off by its overflow:hidden and
    // by the request pane: fixed, it can reach past both. Set before the first suggestion creates the widget.
    editor.updateOptions({ fixedOverflowWidgets: true });
    completion.current?.dispose();
    completion.current = registerSqlCompletion(monaco, editor);
    setMounted({ editor, monaco });
  };

  return (
    <div className="crm-sql-editor">
      <div className="crm-sql-editor-box">
        <LazyCodeEditor
          value={value}
          language="sql"
          theme={theme}
          ariaLabel="SQL script"
          height="150px"
          onChange={onChange}
          onMount={onMount}
        />
      </div>
      {problems.length === 0 ? (
        <p className="crm-sql-status crm-ok" data-testid="sql-status">
          {value.trim() ? 'The script is valid for /Queries.' : 'Write SQL here or build it above.'}
        </p>
      ) : (
        <ul className="crm-sql-problems" aria-label="SQL problems" data-testid="sql-problems">
          {problems.map((problem, index) => {
            const at = lineColumn(value, problem.start);
            return (
              <li key={index} className={problem.severity === 'error' ? 'crm-error' : 'crm-warn'}>
                Line {at.line}, column {at.column}: {problem.message}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
