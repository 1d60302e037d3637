import { useQueryClient } from '@tanstack/react-query';
import './collections.css';
import { useState } from 'react';
import { sandboxById } from '../../../../shared/providers/sandboxes';
import { errorMessage } from '../../../../shared/values';
import { SandboxBadge } from '../../app/SandboxBadge';
import { invoke } from '../../ipc/client';
import { useIpcQuery } from '../../ipc/hooks';
import { useWorkbenchActions } from '../workbench/WorkbenchContext';

const folderName = (dir: string) => dir.split(/[\\/]/).filter(Boolean).at(-1) ?? dir;
const refreshed = ['collections.openFolders', 'collections.list', 'variables.get', 'variables.explain'];

/**
 * The collections open beside the current one. Their requests are listed read-only; opening one makes its
 * collection the current one (where saving, moving and its environments apply).
 */
export function OtherCollections() {
  const open = useIpcQuery('collections.openFolders', {});
  const queryClient = useQueryClient();
  const workbench = useWorkbenchActions();
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setProblem(null);
      await Promise.all(refreshed.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  const openItem = (dir: string, file: string) =>
    run(async () => {
      await invoke('collections.switchFolder', { dir });
      const item = (await invoke('collections.list', {})).items.find((candidate) => candidate.file === file);
      if (item?.draft) workbench.open({ title: item.name, draft: item.draft, collectionFile: item.file });
    });

  const others = open.data?.others ?? [];
  return (
    <div className="other-collections">
      <button type="button" className="link" onClick={() => void run(() => invoke('collections.addFolder', {}))}>
        Add collection…
      </button>
      {problem ? (
        <p className="problem app-small" role="alert">
          {problem}
        </p>
      ) : null}
      {others.map(({ dir, listing, error }) => (
        <section key={dir} className="other-collection" aria-label={`Collection ${folderName(dir)}`}>
          <header>
            <strong title={dir}>{folderName(dir)}</strong>
            <button
              type="button"
              className="link"
              onClick={() => void run(() => invoke('collections.switchFolder', { dir }))}
            >
              Make current
            </button>
            <button
              type="button"
              className="link"
              aria-label={`Close collection ${folderName(dir)}`}
              onClick={() => void run(() => invoke('collections.removeFolder', { dir }))}
            >
              Close
            </button>
          </header>
          {error ? <p className="problem app-small">{error}</p> : null}
          <ul className="collection-items" aria-label={`Saved requests in ${folderName(dir)}`}>
            {listing?.items.map((item) => (
              <li key={item.file} className="collection-item" style={{ paddingLeft: item.folder ? 14 : 0 }}>
                <button
                  type="button"
                  className="collection-open"
                  disabled={!item.draft}
                  title={`${dir} · ${item.file}`}
                  onClick={() => void openItem(dir, item.file)}
                >
                  {item.sandbox ? <SandboxBadge info={sandboxById(item.sandbox)} /> : null}
                  <span className="collection-name">{item.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
