import { useRef, useState } from 'react';
import { invoke } from '../../ipc/client';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../../shared/values';

export interface TransferControlsProps {
  /** The profiles an export contains. */
  readonly ids: readonly string[];
}

type Panel =
  { kind: 'closed' } | { kind: 'export' } | { kind: 'import'; fileName: string; content: string; sealed: boolean };

function isSealedExport(content: string): boolean {
  try {
    const parsed: unknown = JSON.parse(content);
    return typeof parsed === 'object' && parsed !== null && 'secrets' in parsed;
  } catch {
    return false;
  }
}

/** Export (secrets only sealed with a passphrase the user types) and import of profile files. */
export function TransferControls({ ids }: TransferControlsProps) {
  const [panel, setPanel] = useState<Panel>({ kind: 'closed' });
  const [withSecrets, setWithSecrets] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // A file whose profiles were partly present already: the user may replace them or keep both.
  const [duplicates, setDuplicates] = useState<{ content: string; passphrase?: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();

  const reset = () => {
    setPanel({ kind: 'closed' });
    setPassphrase('');
    setRepeat('');
    setWithSecrets(false);
  };
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ ok: true, text: await work() });
      reset();
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const exportNow = () =>
    run(async () => {
      // Main asks where to save and writes the file itself; only the file's name comes back.
      const { fileName } = await invoke('profiles.export', { ids: [...ids], ...(withSecrets ? { passphrase } : {}) });
      if (fileName === null) return 'Export cancelled: no file was written.';
      return `Exported ${ids.length} profile${ids.length === 1 ? '' : 's'} to ${fileName}${withSecrets ? ', secrets sealed with your passphrase' : ', without secrets'}.`;
    });
  const importNow = (content: string, sealed: boolean) => importWith({ content, ...(sealed ? { passphrase } : {}) });
  const importWith = (file: { content: string; passphrase?: string }, existing?: 'replace' | 'keepBoth') =>
    run(async () => {
      setDuplicates(null);
      const result = await invoke('profiles.import', { ...file, ...(existing ? { existing } : {}) });
      await queryClient.invalidateQueries({ queryKey: ['profiles.list'] });
      if (result.skipped > 0) setDuplicates(file);
      const verb = existing === 'replace' ? 'Imported or replaced' : 'Imported';
      return `${verb} ${result.imported} profile${result.imported === 1 ? '' : 's'}${result.skipped > 0 ? `; ${result.skipped} already present (same provider, name and base URL)` : ''}.`;
    });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setMessage(null);
    if (isSealedExport(content)) setPanel({ kind: 'import', fileName: file.name, content, sealed: true });
    else await importNow(content, false);
    if (fileInput.current) fileInput.current.value = '';
  };

  const passphraseProblem =
    passphrase.length < 8
      ? 'At least 8 characters.'
      : panel.kind === 'export' && repeat !== passphrase
        ? 'The two passphrases differ.'
        : null;

  return (
    <div className="transfer">
      <div className="transfer-buttons">
        <button
          type="button"
          disabled={ids.length === 0}
          aria-expanded={panel.kind === 'export'}
          onClick={() => {
            setMessage(null);
            setPanel(panel.kind === 'export' ? { kind: 'closed' } : { kind: 'export' });
          }}
        >
          Export…
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Profile file to import"
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
      </div>

      {panel.kind === 'export' && (
        <form
          className="transfer-panel"
          aria-label="Export profiles"
          onSubmit={(event) => {
            event.preventDefault();
            if (!withSecrets || !passphraseProblem) void exportNow();
          }}
        >
          <label>
            <input type="checkbox" checked={withSecrets} onChange={(event) => setWithSecrets(event.target.checked)} />{' '}
            Include secrets, sealed with a passphrase
          </label>
          {withSecrets && (
            <>
              <label>
                Passphrase{' '}
                <input
                  type="password"
                  autoComplete="new-password"
                  value={passphrase}
                  onChange={(event) => setPassphrase(event.target.value)}
                />
              </label>
              <label>
                Repeat passphrase{' '}
                <input
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  onChange={(event) => setRepeat(event.target.value)}
                />
              </label>
              {passphraseProblem && (passphrase || repeat) && <p className="field-error">{passphraseProblem}</p>}
            </>
          )}
          <p className="field-help">
            {withSecrets
              ? 'Anyone with the file and the passphrase can read the secrets.'
              : 'The file holds names, URLs, fields, variables and notes; no secret.'}
          </p>
          <button type="submit" className="primary" disabled={busy || (withSecrets && passphraseProblem !== null)}>
            Export {ids.length} profile{ids.length === 1 ? '' : 's'}…
          </button>
        </form>
      )}

      {panel.kind === 'import' && (
        <form
          className="transfer-panel"
          aria-label="Import profiles"
          onSubmit={(event) => {
            event.preventDefault();
            void importNow(panel.content, true);
          }}
        >
          <p>{panel.fileName} holds secrets sealed with a passphrase.</p>
          <label>
            Passphrase{' '}
            <input
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </label>
          <button type="submit" className="primary" disabled={busy || passphrase === ''}>
            Import
          </button>
          <button type="button" onClick={reset}>
            Cancel
          </button>
        </form>
      )}

      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'transfer-ok' : 'field-error'}>
          {message.text}
        </p>
      )}
      {duplicates && (
        <div className="transfer-buttons" role="group" aria-label="Profiles already present">
          <button type="button" disabled={busy} onClick={() => void importWith(duplicates, 'replace')}>
            Replace them
          </button>
          <button type="button" disabled={busy} onClick={() => void importWith(duplicates, 'keepBoth')}>
            Keep both
          </button>
        </div>
      )}
    </div>
  );
}
