import { useCallback, useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sandboxById } from '../../../../shared/providers/sandboxes';
import { useIpcEvent, useIpcMutation, useIpcQuery } from '../../ipc/hooks';
import { useWorkbenchActions } from '../workbench/WorkbenchContext';

/** Saved requests: files in a folder a team can keep in git. Unreadable files are listed with their error. */
export function CollectionsPanel() {
  const listing = useIpcQuery('collections.list', {});
  const queryClient = useQueryClient();
  const workbench = useWorkbenchActions();
  const remove = useIpcMutation('collections.delete', ['collections.list']);
  const chooseFolder = useIpcMutation('collections.chooseFolder', ['collections.list', 'settings.get']);
  const { reloadFromDisk } = workbench;

  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: ['collections.list'] }),
    [queryClient],
  );
  useIpcEvent('collections.changed', refresh);
  useEffect(() => {
    for (const item of listing.data?.items ?? []) if (item.draft) reloadFromDisk(item.file, item.draft, item.name);
  }, [listing.data, reloadFromDisk]);

  if (listing.isError) return <p className="problem app-small">{listing.error.message}</p>;
  const items = listing.data?.items ?? [];
  return (
    <div className="collections-panel">
      <div className="collection-folder">
        <span className="muted folder-path" title={listing.data?.dir}>
          {listing.data?.dir ?? '…'}
        </span>
        {/* Main opens its folder picker: the window never names a folder itself. */}
        <button
          type="button"
          className="link"
          disabled={chooseFolder.isPending}
          onClick={() => chooseFolder.mutate({})}
        >
          Change folder…
        </button>
        {chooseFolder.isError ? <p className="problem app-small">{chooseFolder.error.message}</p> : null}
      </div>
      {items.length === 0 ? (
        <p className="empty-state app-small">
          No saved requests yet. Press Ctrl+S in a request to save it here as a file.
        </p>
      ) : null}
      <ul className="collection-items" aria-label="Saved requests">
        {items.map((item) => (
          <li key={item.file} className={item.error ? 'collection-item broken' : 'collection-item'}>
            <button
              type="button"
              className="collection-open"
              disabled={!item.draft}
              title={item.error ?? `${item.file}${item.profileName ? ` · profile ${item.profileName}` : ''}`}
              onClick={() => {
                if (!item.draft) return;
                const openTab = workbench.getState().tabs.tabs.find((tab) => tab.collectionFile === item.file);
                if (openTab) workbench.activate(openTab.id);
                else workbench.open({ title: item.name, draft: item.draft, collectionFile: item.file });
              }}
            >
              {item.sandbox ? (
                <span className={`badge badge-${item.sandbox}`} aria-hidden="true">
                  {sandboxById(item.sandbox).badge}
                </span>
              ) : (
                <span className="badge badge-broken" aria-hidden="true">
                  !
                </span>
              )}
              <span className="collection-name">{item.name}</span>
            </button>
            {item.error ? (
              <p className="problem app-small" role="note">
                {item.file}: {item.error}
              </p>
            ) : null}
            <button
              type="button"
              className="collection-delete"
              aria-label={`Delete ${item.name}`}
              onClick={() => remove.mutate({ file: item.file })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
