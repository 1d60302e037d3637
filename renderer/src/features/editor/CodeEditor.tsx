import { useEffect, useState } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { setModelJsonSchema } from './monaco-setup';

export interface CodeEditorProps {
  readonly value: string;
  readonly language: 'json' | 'xml' | 'sql' | 'plaintext';
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

export default function CodeEditor({ value, language, onChange, readOnly, theme, ariaLabel, height, onMount, jsonSchema, path }: CodeEditorProps) {
  const [modelUri, setModelUri] = useState<string | null>(null);
  useEffect(() => {
    if (!modelUri || language !== 'json') return undefined;
    setModelJsonSchema(modelUri, jsonSchema ?? null);
    return () => setModelJsonSchema(modelUri, null);
  }, [modelUri, jsonSchema, language]);
  return (
    <div className="code-editor" data-testid="code-editor">
      <Editor
        height={height ?? '100%'}
        value={value}
        language={language}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        onChange={(next) => onChange?.(next ?? '')}
        path={path}
        onMount={(editor, monaco) => {
          setModelUri(editor.getModel()?.uri.toString() ?? null);
          onMount?.(editor, monaco);
        }}
        options={{
          readOnly,
          ariaLabel,
          minimap: { enabled: false },
          fontSize: 13,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          tabSize: 2,
        }}
      />
    </div>
  );
}
