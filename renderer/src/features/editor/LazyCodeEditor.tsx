import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './CodeEditor';

// Monaco is several megabytes: it arrives in its own chunk, warmed in idle time after the first paint
// (warmCodeEditorWhenIdle) or the first time an editor is shown, whichever comes first.
const loadCodeEditor = () => import('./CodeEditor');
const CodeEditor = lazy(loadCodeEditor);

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

/**
 * Loads Monaco once the window has painted and the main thread is idle, so the first editor opens at once;
 * returns a function that cancels a warm-up not started yet.
 */
export function warmCodeEditorWhenIdle(delayMs = 1500): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    idle = window.requestIdleCallback(() => void loadCodeEditor().catch(() => undefined), { timeout: 10_000 });
  }, delayMs);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
