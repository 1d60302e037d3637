import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './CodeEditor';

// Monaco is several megabytes: it arrives in its own chunk the first time an editor is shown.
const CodeEditor = lazy(() => import('./CodeEditor'));

export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense
      fallback={
        <div className="editor-loading" role="status">
          Loading editor…
        </div>
      }
    >
      <CodeEditor {...props} />
    </Suspense>
  );
}
