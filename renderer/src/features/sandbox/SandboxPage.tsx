import { useState } from 'react';
import { sandboxById, type SandboxId } from '../../../../shared/providers/sandboxes';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';

/** One provider's sandbox. The request editor, catalog and builders plug in here. */
export function SandboxPage({ sandboxId }: { readonly sandboxId: SandboxId }) {
  const sandbox = sandboxById(sandboxId);
  const [scratchOpen, setScratchOpen] = useState(false);
  const [scratch, setScratch] = useState('{\n  "hello": "Parley"\n}\n');
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';

  return (
    <section className="sandbox-page" aria-labelledby="sandbox-title">
      <header className="sandbox-header">
        <h1 id="sandbox-title">{sandbox.name}</h1>
        <p className="muted">{sandbox.tagline}</p>
      </header>
      <div className="panel">
        <div className="panel-toolbar">
          <h2>Scratchpad</h2>
          <button type="button" onClick={() => setScratchOpen((open) => !open)} aria-expanded={scratchOpen}>
            {scratchOpen ? 'Close scratchpad' : 'Open scratchpad'}
          </button>
        </div>
        {scratchOpen ? (
          <div className="scratch-editor">
            <LazyCodeEditor value={scratch} onChange={setScratch} language="json" theme={theme} ariaLabel="Scratchpad" />
          </div>
        ) : (
          <p className="empty-state">A JSON scratchpad for notes and payloads. It opens the code editor, which loads on demand.</p>
        )}
      </div>
    </section>
  );
}
