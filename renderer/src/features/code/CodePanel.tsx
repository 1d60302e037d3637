/**
 * The Code tab: the active request as code in the chosen language (remembered), read-only with
 * highlighting, copied in one click. Secrets are environment-variable placeholders; "Copy with real
 * secrets" is a separate, confirmed action that main performs itself — the window never holds them.
 */
import { useState } from 'react';
import { codeTargetIds, type CodeTargetId } from '../../../../shared/codegen/program';
import type { RequestDraft } from '../../../../shared/request/draft';
import { useIpcMutation, useIpcQuery } from '../../ipc/hooks';
import type { SnippetLanguage } from '../editor/CodeEditor';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { targetLabels, useRememberedTarget } from './targets';
import './code.css';

export function CodePanel({ draft, theme }: { readonly draft: RequestDraft; readonly theme: 'light' | 'dark' }) {
  const [target, setTarget] = useRememberedTarget();
  const generated = useIpcQuery('code.generate', { draft, target }, { staleTime: 0 });
  const withSecrets = useIpcMutation('code.copyWithSecrets');
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);

  const code = generated.data?.code ?? null;
  const copy = async () => {
    if (code === null) return;
    await navigator.clipboard.writeText(code);
    setCopied('Copied with placeholders.');
  };
  const copyWithSecrets = async () => {
    setConfirming(false);
    const answer = await withSecrets.mutateAsync({ draft, target });
    setCopied(`Copied with real secrets (${answer.characters} characters). Paste it somewhere safe.`);
  };

  return (
    <div className="code-panel">
      <div className="code-toolbar">
        <label>
          Language{' '}
          <select
            aria-label="Language"
            value={target}
            onChange={(e) => {
              setTarget(e.target.value as CodeTargetId);
              setCopied(null);
            }}
          >
            {codeTargetIds.map((id) => (
              <option key={id} value={id}>
                {targetLabels[id]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" disabled={code === null} onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" disabled={code === null} onClick={() => setConfirming(true)}>
          Copy with real secrets…
        </button>
        {copied ? (
          <span role="status" className="app-small">
            {copied}
          </span>
        ) : null}
      </div>
      {confirming ? (
        <div className="banner code-confirm" role="alertdialog" aria-label="Include real secrets">
          <span>
            The copied code will contain this profile&apos;s real secrets (keys, passwords). Parley writes it to the
            clipboard directly; it is not shown here.
          </span>
          <button type="button" className="danger" onClick={() => void copyWithSecrets()}>
            Copy with secrets
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : null}
      {withSecrets.isError ? (
        <p className="problem" role="alert">
          {withSecrets.error.message}
        </p>
      ) : null}
      {generated.isError ? (
        <p className="problem" role="alert">
          {generated.error.message}
        </p>
      ) : null}
      {generated.data?.problems.map((p) => (
        <p key={p.field + p.message} className="problem">
          {p.message}
        </p>
      ))}
      {code !== null && generated.data ? (
        <div className="code-view" data-testid="code-snippet" data-code={code}>
          <LazyCodeEditor
            value={code}
            language={generated.data.language as SnippetLanguage}
            readOnly
            theme={theme}
            ariaLabel={`${targetLabels[target]} code`}
            height="100%"
            path={`parley-code://snippet.${target}`}
          />
        </div>
      ) : generated.isPending ? (
        <p role="status">Writing the code…</p>
      ) : null}
    </div>
  );
}
