import { useRef, useState } from 'react';
import type { ProfileView } from '../../../../shared/profiles/schema';
import { providerDefinition } from '../../../../shared/providers/registry';
import { sandboxById, type SandboxId } from '../../../../shared/providers/sandboxes';
import type { ProfileFieldSpec } from '../../../../shared/providers/types';
import { useFocusTrap } from '../../app/useFocusTrap';
import { useIpcMutation, useIpcQuery } from '../../ipc/hooks';
import { ConsentBanner } from './ConsentBanner';
import { ProfileEditor } from './ProfileEditor';
import { ProfileList } from './ProfileList';
import { TransferControls } from './TransferControls';
import './profiles.css';

export interface ProfileManagerProps {
  readonly providerId: SandboxId;
  readonly onClose: () => void;
  /** The profile to open first (the one active in the workbench). */
  readonly initialProfileId?: string | null;
}

const NO_FIELDS: readonly ProfileFieldSpec[] = [];
const listChannels = ['profiles.list', 'profiles.get', 'profiles.lastUsed.get'] as const;

/** The profile manager dialog: the provider's profiles, their editor, undoable delete, import/export. */
export function ProfileManager({ providerId, onClose, initialProfileId = null }: ProfileManagerProps) {
  const definition = providerId === 'http' ? undefined : providerDefinition(providerId);
  const specs = definition?.profileFields ?? NO_FIELDS;
  const list = useIpcQuery('profiles.list', { providerId });
  const profiles: readonly ProfileView[] = list.data ?? [];
  const [selected, setSelected] = useState<string | 'new' | null>(initialProfileId);
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const duplicate = useIpcMutation('profiles.duplicate', listChannels);
  const remove = useIpcMutation('profiles.delete', listChannels);
  const undo = useIpcMutation('profiles.undoDelete', listChannels);
  const reorder = useIpcMutation('profiles.reorder', listChannels);
  const dialog = useRef<HTMLDivElement>(null);

  const current = selected === 'new' ? null : (profiles.find((p) => p.id === selected) ?? profiles[0] ?? null);
  const editing = selected === 'new' || current !== null;
  const actionError = duplicate.error ?? remove.error ?? undo.error ?? reorder.error;

  const trapFocus = useFocusTrap(dialog);

  const move = (id: string, delta: -1 | 1) => {
    const ids = profiles.map((p) => p.id);
    const from = ids.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
    reorder.mutate({ providerId, ids });
  };

  return (
    <div className="profile-manager-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="profile-manager-title"
        className="profile-manager"
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
          else trapFocus(event);
        }}
      >
        <header className="profile-manager-header">
          <h2 id="profile-manager-title">Profiles — {sandboxById(providerId).name}</h2>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </header>
        <ConsentBanner />
        {deleted && (
          <div className="undo-notice" role="status">
            <span>Deleted “{deleted.name}”.</span>
            <button
              type="button"
              onClick={() =>
                undo.mutate(
                  { id: deleted.id },
                  {
                    onSuccess: (view) => {
                      setDeleted(null);
                      setSelected(view.id);
                    },
                  },
                )
              }
            >
              Undo
            </button>
            <button type="button" aria-label="Dismiss" onClick={() => setDeleted(null)}>
              ✕
            </button>
          </div>
        )}
        {actionError && (
          <p className="field-error" role="alert">
            {actionError.message}
          </p>
        )}
        <div className="profile-manager-body">
          <aside className="profile-manager-side">
            <div className="profile-toolbar">
              <button type="button" className="primary" onClick={() => setSelected('new')}>
                New profile
              </button>
              <button
                type="button"
                disabled={!current}
                onClick={() =>
                  current && duplicate.mutate({ id: current.id }, { onSuccess: (view) => setSelected(view.id) })
                }
              >
                Duplicate
              </button>
              <button
                type="button"
                disabled={!current}
                onClick={() =>
                  current &&
                  remove.mutate(
                    { id: current.id },
                    {
                      onSuccess: (gone) => {
                        setDeleted(gone);
                        setSelected(null);
                      },
                    },
                  )
                }
              >
                Delete
              </button>
            </div>
            <ProfileList
              profiles={profiles}
              selectedId={selected === 'new' ? null : (current?.id ?? null)}
              onSelect={setSelected}
              onMove={move}
            />
            <TransferControls ids={profiles.map((p) => p.id)} />
          </aside>
          <section className="profile-manager-main" aria-label="Profile details">
            {definition?.authCard && definition.authCard.length > 0 && (
              <details className="auth-card">
                <summary>How authentication works with {definition.name}</summary>
                <ul>
                  {definition.authCard.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </details>
            )}
            {editing ? (
              <ProfileEditor
                key={selected === 'new' ? 'new' : current?.id}
                providerId={providerId}
                specs={specs}
                defaultBaseUrl={definition?.defaultBaseUrl ?? 'https://'}
                profile={current}
                onSaved={(view) => setSelected(view.id)}
                onCancel={() => setSelected(selected === 'new' ? null : (current?.id ?? null))}
              />
            ) : (
              <p className="empty-state">
                {list.isLoading ? 'Loading…' : 'Create a profile to keep this provider’s credentials.'}
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
