import { lazy, Suspense } from 'react';
import { runWhenQuiet } from '../../app/run-when-quiet';
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
 * Loads Monaco once the window has painted and the user has paused (parsing its chunk is a long task that
 * would otherwise land mid-typing); returns a function that cancels a warm-up not started yet.
 */
export function warmCodeEditorWhenIdle(quietMs = 1500): () => void {
  return runWhenQuiet(
    () => void loadCodeEditor().catch(() => undefined),
    quietMs,
    window,
    (run) => {
      const idle = window.requestIdleCallback(run, { timeout: 10_000 });
      return () => window.cancelIdleCallback(idle);
    },
  );
}
