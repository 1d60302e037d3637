import Editor, { type OnMount } from '@monaco-editor/react';
import './monaco-setup';

export interface CodeEditorProps {
  readonly value: string;
  readonly language: 'json' | 'xml' | 'sql' | 'plaintext';
  readonly onChange?: (value: string) => void;
  readonly readOnly?: boolean;
  readonly theme: 'light' | 'dark';
  readonly ariaLabel: string;
  readonly height?: string;
  readonly onMount?: OnMount;
}

export default function CodeEditor({ value, language, onChange, readOnly, theme, ariaLabel, height, onMount }: CodeEditorProps) {
  return (
    <div className="code-editor" data-testid="code-editor">
      <Editor
        height={height ?? '100%'}
        value={value}
        language={language}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        onChange={(next) => onChange?.(next ?? '')}
        onMount={onMount}
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
