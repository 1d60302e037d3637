import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  environmentColours,
  type EnvironmentColour,
  type WorkspaceVariablesView,
} from '../../../../shared/environments/types';
import type { CollectionFolder } from '../../../../shared/collections/format';
import { errorMessage } from '../../../../shared/values';
import { useFocusTrap } from '../../app/useFocusTrap';
import { invoke } from '../../ipc/client';
import { useIpcQuery } from '../../ipc/hooks';
import { inputsFrom, rowFromView, rowsForFolder, type VariableRow } from './variable-rows';
import { VariableRowsEditor } from './VariableRowsEditor';

type Scope =
  | { readonly kind: 'globals' }
  | { readonly kind: 'environment'; readonly name: string | null }
  | { readonly kind: 'folder'; readonly path: string };

const scopeKey = (scope: Scope) =>
  scope.kind === 'globals' ? 'globals' : scope.kind === 'folder' ? `folder:${scope.path}` : `env:${scope.name ?? ''}`;

/** Variables' home for every layer: globals, the collection, its environments, its folders. */
export function EnvironmentEditor({ onClose, initial }: { readonly onClose: () => void; readonly initial?: string }) {
  const variables = useIpcQuery('variables.get', {});
  const listing = useIpcQuery('collections.list', {});
  const [scope, setScope] = useState<Scope>(initial ? { kind: 'environment', name: initial } : { kind: 'globals' });
  // A save re-reads the scope from main (a typed secret comes back as its mask).
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState<Status | null>(null);
  const select = (next: Scope) => {
    setStatus(null);
    setScope(next);
  };
  const dialog = useRef<HTMLDivElement>(null);
  const trapFocus = useFocusTrap(dialog);
  const view = variables.data;
  const folders = listing.data?.folders ?? [];

  return (
    <div className="palette-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div
        ref={dialog}
        className="dialog environment-editor"
        role="dialog"
        aria-modal="true"
        aria-labelledby="environment-editor-title"
        onKeyDown={trapFocus}
      >
        <header className="environment-editor-head">
          <h2 id="environment-editor-title">Environments and variables</h2>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </header>
        <p className="muted app-small">
          A later layer wins: globals, the collection, its active environment, folders (outer to inner), the request’s
          profile. Secret values stay in the vault and are sent only to their allowed origins.
        </p>
        <div className="environment-editor-body">
          <nav aria-label="Variable layers" className="environment-scopes">
            <ScopeButton scope={{ kind: 'globals' }} current={scope} onSelect={select} label="Globals" />
            <h3>Environments</h3>
            {view?.environments.map((env) => (
              <ScopeButton
                key={env.name}
                scope={{ kind: 'environment', name: env.name }}
                current={scope}
                onSelect={select}
                label={env.name}
                colour={env.colour}
                active={view.active === env.name}
              />
            ))}
            <button type="button" className="link" onClick={() => select({ kind: 'environment', name: null })}>
              New environment
            </button>
            <h3>Collection and folders</h3>
            {folders.map((folder) => (
              <ScopeButton
                key={folder.path}
                scope={{ kind: 'folder', path: folder.path }}
                current={scope}
                onSelect={select}
                label={folder.path === '' ? 'Collection (top folder)' : folder.path}
              />
            ))}
          </nav>
          {view ? (
            <ScopeEditor
              key={`${scopeKey(scope)}#${revision}`}
              scope={scope}
              view={view}
              folders={folders}
              onSelect={setScope}
              status={status}
              onStatus={(next) => {
                setStatus(next);
                if (!next.error) setRevision((n) => n + 1);
              }}
            />
          ) : (
            <p>{variables.isError ? variables.error.message : 'Loading…'}</p>
          )}
        </div>
      </div>
    </div>
  );
}

function ScopeButton(props: {
  readonly scope: Scope;
  readonly current: Scope;
  readonly onSelect: (scope: Scope) => void;
  readonly label: string;
  readonly colour?: EnvironmentColour;
  readonly active?: boolean;
}) {
  const selected = scopeKey(props.scope) === scopeKey(props.current);
  return (
    <button
      type="button"
      aria-current={selected ? 'true' : undefined}
      className={selected ? 'scope selected' : 'scope'}
      onClick={() => props.onSelect(props.scope)}
    >
      {props.colour ? <span className={`env-swatch env-colour-${props.colour}`} aria-hidden="true" /> : null}
      {props.label}
      {props.active ? <span className="muted"> (active)</span> : null}
    </button>
  );
}

interface Status {
  readonly error: boolean;
  readonly text: string;
}

function ScopeEditor({
  scope,
  view,
  folders,
  onSelect,
  status,
  onStatus,
}: {
  readonly scope: Scope;
  readonly view: WorkspaceVariablesView;
  readonly folders: readonly CollectionFolder[];
  readonly onSelect: (scope: Scope) => void;
  readonly status: Status | null;
  readonly onStatus: (status: Status) => void;
}) {
  const queryClient = useQueryClient();
  const environment = scope.kind === 'environment' ? view.environments.find((e) => e.name === scope.name) : undefined;
  const folder = scope.kind === 'folder' ? folders.find((f) => f.path === scope.path) : undefined;
  const [rows, setRows] = useState<VariableRow[]>(() => {
    if (scope.kind === 'globals') return view.globals.map(rowFromView);
    if (scope.kind === 'environment') return environment?.variables.map(rowFromView) ?? [];
    return rowsForFolder(folder?.settings.variables ?? [], view.folderSecrets[scope.path]);
  });
  const [name, setName] = useState(environment?.name ?? '');
  const [colour, setColour] = useState<EnvironmentColour>(environment?.colour ?? 'green');

  const refresh = () =>
    Promise.all(
      ['variables.get', 'variables.explain', 'collections.list'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      await refresh();
      onStatus({ error: false, text: done });
    } catch (error) {
      onStatus({ error: true, text: errorMessage(error) });
    }
  };
  const save = () => {
    const variables = inputsFrom(rows);
    if (scope.kind === 'globals')
      return run(() => invoke('variables.setGlobals', { variables }), 'Global variables saved.');
    if (scope.kind === 'folder')
      return run(
        () => invoke('collections.updateFolder', { folder: scope.path, variables }),
        'Folder variables saved.',
      );
    return run(async () => {
      await invoke('variables.saveEnvironment', {
        name,
        colour,
        variables,
        ...(environment ? { previousName: environment.name } : {}),
      });
      onSelect({ kind: 'environment', name: name.trim() });
    }, `Environment ${name.trim()} saved.`);
  };
  const title =
    scope.kind === 'globals'
      ? 'Global variables'
      : scope.kind === 'folder'
        ? scope.path === ''
          ? 'Collection variables'
          : `Folder ${scope.path}`
        : environment
          ? `Environment ${environment.name}`
          : 'New environment';
  const label = scope.kind === 'globals' ? 'Global' : scope.kind === 'folder' ? 'Folder' : 'Environment';

  return (
    <section className="environment-scope" aria-label={title}>
      <h3>{title}</h3>
      {scope.kind === 'environment' ? (
        <div className="environment-meta">
          <label>
            Name
            <input value={name} onChange={(e) => setName(e.target.value)} aria-label="Environment name" />
          </label>
          <label>
            Colour
            <select
              aria-label="Environment colour"
              value={colour}
              onChange={(e) => setColour(e.target.value as EnvironmentColour)}
            >
              {environmentColours.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <span className={`env-swatch env-colour-${colour}`} aria-hidden="true" />
        </div>
      ) : null}
      <VariableRowsEditor label={label} rows={rows} onChange={setRows} />
      <div className="dialog-actions">
        {environment ? (
          <>
            <button
              type="button"
              disabled={view.active === environment.name}
              onClick={() =>
                void run(
                  () => invoke('variables.setActive', { name: environment.name }),
                  `${environment.name} is active.`,
                )
              }
            >
              Make active
            </button>
            <button
              type="button"
              className="danger"
              onClick={() =>
                void run(async () => {
                  await invoke('variables.removeEnvironment', { name: environment.name });
                  onSelect({ kind: 'globals' });
                }, `Environment ${environment.name} deleted.`)
              }
            >
              Delete environment
            </button>
          </>
        ) : null}
        <button type="button" className="primary" onClick={() => void save()}>
          Save
        </button>
      </div>
      {status ? (
        <p className={status.error ? 'problem app-small' : 'muted app-small'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
