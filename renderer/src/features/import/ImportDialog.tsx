import { useEffect, useRef, useState } from 'react';
import type { ImportApplied, ImportPick } from '../../../../shared/ipc/channels/import';
import type { PlanSummary } from '../../../../shared/import/summary';
import { invoke } from '../../ipc/client';

type Step =
  | { readonly kind: 'start'; readonly error: string | null }
  | { readonly kind: 'preview'; readonly pick: Extract<ImportPick, { kind: 'preview' }> }
  | { readonly kind: 'done'; readonly applied: ImportApplied };

const SHOWN = 40;

/**
 * File ▸ Import: main's open dialog picks the file; this shows what will be created and where, and what
 * will not be carried over, before anything is written; then the report of what was done.
 */
export function ImportDialog({
  onClose,
  onManageProfiles,
}: {
  readonly onClose: () => void;
  readonly onManageProfiles: () => void;
}) {
  const [step, setStep] = useState<Step>({ kind: 'start', error: null });
  const [busy, setBusy] = useState(false);
  const [storeSecrets, setStoreSecrets] = useState(true);
  /** Per offered profile: 'new', 'none' or an existing profile's id. */
  const [profileTargets, setProfileTargets] = useState<Readonly<Record<number, string>>>({});
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [step.kind]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const pick = async () => {
    setBusy(true);
    try {
      const result = await invoke('import.pickFile', {});
      if (result.kind === 'preview') setStep({ kind: 'preview', pick: result });
      else if (result.kind === 'failed')
        setStep({
          kind: 'start',
          error: `${result.file}${result.line !== undefined ? `:${result.line}:${result.column ?? 1}` : ''} — ${result.message}. Nothing was imported.`,
        });
    } catch (error) {
      setStep({ kind: 'start', error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const apply = async (id: string) => {
    setBusy(true);
    try {
      const offers = step.kind === 'preview' ? step.pick.profiles : [];
      const profiles = offers.map((offer) => {
        const target = profileTargets[offer.index] ?? 'new';
        return {
          index: offer.index,
          target: target === 'new' ? ('new' as const) : target === 'none' ? ('none' as const) : { id: target },
        };
      });
      setStep({ kind: 'done', applied: await invoke('import.apply', { id, storeSecrets, profiles }) });
    } catch (error) {
      setStep({ kind: 'start', error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="palette-backdrop">
      <div className="dialog import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-title">
        {step.kind === 'start' ? (
          <>
            <h2 id="import-title">Import</h2>
            <p>
              A cURL command, a Postman collection or environment (v2.0, v2.1), an OpenAPI 3 or Swagger 2 document (JSON
              or YAML), a HAR file or an Insomnia v4 export. You see what will be created before anything is written.
            </p>
            {step.error ? (
              <p className="import-error" role="alert">
                {step.error}
              </p>
            ) : null}
            <div className="dialog-actions">
              <button type="button" onClick={onManageProfiles}>
                Import profiles…
              </button>
              <button type="button" onClick={onClose}>
                Cancel
              </button>
              <button ref={first} type="button" className="primary" disabled={busy} onClick={() => void pick()}>
                Choose file…
              </button>
            </div>
          </>
        ) : step.kind === 'preview' ? (
          <>
            <h2 id="import-title">
              Import {step.pick.summary.formatLabel} “{step.pick.summary.title}”
            </h2>
            <p>
              From <code>{step.pick.file}</code> into the new folder <code>{step.pick.folder}</code> of{' '}
              <code>{step.pick.collection}</code>:
            </p>
            <PlanDetails summary={step.pick.summary} />
            {step.pick.profiles.map((offer) => (
              <label key={offer.index} className="import-profile-choice">
                <span>
                  {offer.providerName} credentials ({offer.secretFields.join(', ')}) sent to{' '}
                  <code>{offer.baseUrl}</code>
                </span>
                <select
                  aria-label={`Where the ${offer.providerName} credentials go`}
                  value={profileTargets[offer.index] ?? 'new'}
                  onChange={(e) => setProfileTargets({ ...profileTargets, [offer.index]: e.target.value })}
                >
                  <option value="new">Store in a new profile</option>
                  {offer.existing.map((profile) => (
                    <option key={profile.id} value={profile.id}>
                      Store in profile {profile.name}
                    </option>
                  ))}
                  <option value="none">Don’t store (enter them in a profile by hand)</option>
                </select>
              </label>
            ))}
            {step.pick.summary.secrets.some((s) => !s.profileField) ? (
              <label className="import-secrets-choice">
                <input type="checkbox" checked={storeSecrets} onChange={(e) => setStoreSecrets(e.target.checked)} />
                Store the secrets found as secret variables of the folder (encrypted; never written to its files)
              </label>
            ) : null}
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>
                Cancel
              </button>
              <button
                ref={first}
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void apply(step.pick.id)}
              >
                Import {step.pick.summary.files.length} request{step.pick.summary.files.length === 1 ? '' : 's'}
              </button>
            </div>
          </>
        ) : (
          <>
            <h2 id="import-title">Imported into {step.applied.folder}</h2>
            <p role="status">
              {step.applied.files.length} request{step.applied.files.length === 1 ? '' : 's'} written
              {step.applied.stored.length
                ? `; ${step.applied.stored.length} secret variable${step.applied.stored.length === 1 ? '' : 's'} stored in the vault`
                : ''}
              {step.applied.profiles.length
                ? `; credentials stored in the profile${step.applied.profiles.length === 1 ? '' : 's'} ${step.applied.profiles.join(', ')}`
                : ''}
              .
            </p>
            <PlanDetails summary={step.applied.summary} filesShown={false} />
            <div className="dialog-actions">
              <button ref={first} type="button" className="primary" onClick={onClose}>
                Close
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function PlanDetails({ summary, filesShown = true }: { readonly summary: PlanSummary; readonly filesShown?: boolean }) {
  const toSet = summary.secrets.filter((s) => !s.profileField);
  const profileFields = summary.secrets.filter((s) => s.profileField);
  return (
    <div className="import-details">
      {filesShown ? (
        <section aria-label="Will be created">
          <h3>
            {summary.files.length} request{summary.files.length === 1 ? '' : 's'}
            {summary.folders.length > 1 ? ` in ${summary.folders.length - 1} sub-folders` : ''}
            {summary.variables.length ? `, ${summary.variables.length} variables` : ''}
          </h3>
          <ul className="import-files">
            {summary.files.slice(0, SHOWN).map((file) => (
              <li key={file.path}>
                <span className={`method method-${file.method}`}>{file.method}</span> <code>{file.path}</code>
              </li>
            ))}
            {summary.files.length > SHOWN ? <li>… and {summary.files.length - SHOWN} more</li> : null}
          </ul>
        </section>
      ) : null}
      {summary.report.length ? (
        <section aria-label="Not carried over">
          <h3>Not carried over or to check ({summary.report.length})</h3>
          <ul className="import-report">
            {summary.report.map((item, index) => (
              <li key={index}>
                <strong>{item.item}</strong>: {item.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {toSet.length || profileFields.length ? (
        <section aria-label="Secrets found">
          <h3>Secrets found (their values are never written to a file)</h3>
          <ul className="import-report">
            {toSet.map((s) => (
              <li key={s.variable}>
                <code>{`{{${s.variable}}}`}</code> from {s.source}
              </li>
            ))}
            {profileFields.map((s) => (
              <li key={`${s.variable}-profile`}>
                {s.profileField} from {s.source}: belongs in a profile
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
