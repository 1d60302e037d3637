import { useEffect, useRef, useState } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { setModelJsonSchema } from './monaco-setup';
import { settingsDefaults } from '../../../../shared/settings-defaults';
import { useIpcQuery } from '../../ipc/hooks';

/** The Code tab's languages (shared/codegen targets). */
export type SnippetLanguage = 'shell' | 'bat' | 'php' | 'python' | 'javascript' | 'csharp' | 'go' | 'powershell';

type MonacoEditor = Parameters<OnMount>[0];

export interface CodeEditorProps {
  readonly value: string;
  readonly language: 'json' | 'xml' | 'sql' | 'plaintext' | SnippetLanguage;
  readonly onChange?: (value: string) => void;
  readonly readOnly?: boolean;
  readonly theme: 'light' | 'dark';
  readonly ariaLabel: string;
  readonly height?: string;
  readonly onMount?: OnMount;
  /** A JSON schema the content is validated against (JSON only); problems are underlined as you type. */
  readonly jsonSchema?: object;
  /** Keeps one model per document (e.g. per tab), so undo history and schema stay with it. */
  readonly path?: string;
}

/**
 * Writes `value` into the editor when it comes from elsewhere (a builder, a form, another tab), but never
 * writes back what the editor itself reported. @monaco-editor/react's controlled `value` does: its effect can
 * run after the next key press with the text from before it, replacing the text and losing that key when a
 * keystroke's render is slow (typing "SELECT Person." quickly gave "SEECTesn.").
 */
function useValueFromOutside(editor: MonacoEditor | null, value: string, readOnly: boolean | undefined) {
  const echoes = useRef<Set<string>>(new Set());
  const writing = useRef(false);
  useEffect(() => {
    if (!editor) return;
    if (echoes.current.has(value)) {
      if (value === editor.getValue()) echoes.current.clear();
      return;
    }
    echoes.current.clear();
    const model = editor.getModel();
    if (!model || value === model.getValue()) return;
    writing.current = true;
    if (readOnly) {
      editor.setValue(value);
    } else {
      // An edit, not setValue, so the user's undo history survives a change made by the builder.
      editor.executeEdits('parley', [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
      editor.pushUndoStop();
    }
    writing.current = false;
  }, [editor, value, readOnly]);
  /** Wraps the editor's change handler: remembers what it reported, and stays quiet about our own writes. */
  return (report: ((value: string) => void) | undefined) => (next: string | undefined) => {
    if (writing.current) return;
    echoes.current.add(next ?? '');
    report?.(next ?? '');
  };
}

export default function CodeEditor({
  value,
  language,
  onChange,
  readOnly,
  theme,
  ariaLabel,
  height,
  onMount,
  jsonSchema,
  path,
}: CodeEditorProps) {
  const [editor, setEditor] = useState<MonacoEditor | null>(null);
  const [modelUri, setModelUri] = useState<string | null>(null);
  const reportChange = useValueFromOutside(editor, value, readOnly);
  const fontSize = useIpcQuery('settings.get', {}).data?.editorFontSize ?? settingsDefaults.editorFontSize;
  useEffect(() => {
    if (!modelUri || language !== 'json') return undefined;
    setModelJsonSchema(modelUri, jsonSchema ?? null);
    return () => setModelJsonSchema(modelUri, null);
  }, [modelUri, jsonSchema, language]);
  return (
    <div className="code-editor" data-testid="code-editor">
      <Editor
        height={height ?? '100%'}
        defaultValue={value}
        language={language}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        onChange={reportChange(onChange)}
        path={path}
        onMount={(mounted, monaco) => {
          setModelUri(mounted.getModel()?.uri.toString() ?? null);
          setEditor(mounted);
          onMount?.(mounted, monaco);
        }}
        options={{
          readOnly,
          ariaLabel,
          minimap: { enabled: false },
          fontSize,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          tabSize: 2,
        }}
      />
    </div>
  );
}
