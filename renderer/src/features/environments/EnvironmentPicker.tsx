import { lazy, Suspense, useState } from 'react';
import './environments.css';
import { useIpcMutation, useIpcQuery } from '../../ipc/hooks';

const EnvironmentEditor = lazy(() => import('./EnvironmentEditor').then((m) => ({ default: m.EnvironmentEditor })));

const invalidated = ['variables.get', 'variables.explain'] as const;

/** The status bar's environment: its colour, a switch between the collection's environments, and the editor. */
export function EnvironmentPicker() {
  const variables = useIpcQuery('variables.get', {});
  const setActive = useIpcMutation('variables.setActive', invalidated);
  const [editing, setEditing] = useState(false);
  const view = variables.data;
  const active = view?.environments.find((env) => env.name === view.active) ?? null;
  return (
    <span className={active ? 'environment-picker has-env' : 'environment-picker'} data-testid="environment-picker">
      <span className={`env-swatch env-colour-${active?.colour ?? 'grey'}`} aria-hidden="true" />
      <select
        aria-label="Environment"
        value={view?.active ?? ''}
        disabled={!view}
        onChange={(event) => setActive.mutate({ name: event.target.value || null })}
      >
        <option value="">No environment</option>
        {view?.environments.map((env) => (
          <option key={env.name} value={env.name}>
            {env.name}
          </option>
        ))}
      </select>
      <button type="button" className="status-button" onClick={() => setEditing(true)}>
        Variables…
      </button>
      {setActive.isError ? <span role="alert">{setActive.error.message}</span> : null}
      {editing ? (
        <Suspense fallback={null}>
          <EnvironmentEditor onClose={() => setEditing(false)} initial={view?.active ?? undefined} />
        </Suspense>
      ) : null}
    </span>
  );
}
