import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';
import { useIpcEvent, useIpcMutation, useIpcQuery } from '../../ipc/hooks';
import { CollectionTree, type TreeActions } from './CollectionTree';
import { onReveal } from './reveal';
import { OtherCollections } from './OtherCollections';
import { useWorkbenchActions } from '../workbench/WorkbenchContext';
import { errorMessage } from '../../../../shared/values';
import { RunnerView } from '../runner/RunnerView';

/** Saved requests: files in a folder a team can keep in git. Unreadable files are listed with their error. */
export function CollectionsPanel() {
  const listing = useIpcQuery('collections.list', {});
  const queryClient = useQueryClient();
  const workbench = useWorkbenchActions();
  const [filter, setFilter] = useState('');
  const [deleted, setDeleted] = useState<{ file: string; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [runner, setRunner] = useState<{ folder: string; hidden: boolean } | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const createFolder = useIpcMutation('collections.createFolder', ['collections.list']);
  const chooseFolder = useIpcMutation('collections.chooseFolder', ['collections.list', 'settings.get']);
  const { reloadFromDisk } = workbench;

  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: ['collections.list'] }),
    [queryClient],
  );
  useIpcEvent('collections.changed', refresh);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(
    () =>
      onReveal((file) => {
        setFilter('');
        requestAnimationFrame(() => {
          const button = [...(panel.current?.querySelectorAll<HTMLElement>('[data-file]') ?? [])].find(
            (element) => element.dataset.file === file,
          );
          button?.scrollIntoView({ block: 'nearest' });
          button?.focus();
        });
      }),
    [],
  );
  useEffect(() => {
    for (const item of listing.data?.items ?? []) if (item.draft) reloadFromDisk(item.file, item.draft, item.name);
  }, [listing.data, reloadFromDisk]);

  const run = (work: Promise<unknown>) =>
    void work.then(
      () => {
        setProblem(null);
        refresh();
      },
      (error: unknown) => setProblem(errorMessage(error)),
    );
  const undo = (file: string) => {
    setDeleted(null);
    run(invoke('collections.undoDelete', { file }));
  };
  const exportFolder = (folder: string, format: 'postman' | 'har') =>
    void invoke('export.collection', { folder, format }).then(
      (result) =>
        setExported(
          result.saved
            ? `Exported ${result.requests} request${result.requests === 1 ? '' : 's'}${folder ? ` of ${folder}` : ''} to ${result.fileName ?? ''}${result.report.length ? ` (${result.report.length} not carried over: ${result.report.map((r) => `${r.item}: ${r.message}`).join(' ')})` : ''}.`
            : null,
        ),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  const actions: TreeActions = {
    open(item) {
      if (!item.draft) return;
      const openTab = workbench.getState().tabs.tabs.find((tab) => tab.collectionFile === item.file);
      if (openTab) workbench.activate(openTab.id);
      else workbench.open({ title: item.name, draft: item.draft, collectionFile: item.file });
    },
    rename: (item, name) => run(invoke('collections.rename', { file: item.file, name })),
    duplicate: (item) => run(invoke('collections.duplicate', { file: item.file })),
    remove(item) {
      run(
        invoke('collections.delete', { file: item.file }).then(({ deleted: gone }) => {
          if (gone) setDeleted({ file: item.file, name: item.name });
        }),
      );
    },
    shift(item, by) {
      const siblings = (listing.data?.items ?? []).filter((i) => i.folder === item.folder);
      const at = siblings.findIndex((i) => i.file === item.file);
      const to = at + by;
      if (at < 0 || to < 0 || to >= siblings.length) return;
      const order = siblings.map((i) => i.file.slice(i.file.lastIndexOf('/') + 1));
      [order[at], order[to]] = [order[to] ?? '', order[at] ?? ''];
      const subfolders = (listing.data?.folders ?? [])
        .filter((f) => f.path && f.path.slice(0, Math.max(0, f.path.lastIndexOf('/'))) === item.folder)
        .map((f) => `${f.name}/`);
      run(invoke('collections.reorder', { folder: item.folder, order: [...order, ...subfolders] }));
    },
    moveTo: (item, folder) => run(invoke('collections.move', { file: item.file, folder, index: null })),
    addFolder: (parent) => run(invoke('collections.createFolder', { parent, name: 'New folder' })),
    runFolder: (folder) => setRunner({ folder, hidden: false }),
    exportFolder,
  };

  if (listing.isError) return <p className="problem app-small">{listing.error.message}</p>;
  const items = listing.data?.items ?? [];
  return (
    <div className="collections-panel" ref={panel}>
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
      <div className="collection-tools">
        <input
          type="search"
          aria-label="Filter saved requests"
          placeholder="Filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <button type="button" onClick={() => createFolder.mutate({ parent: '', name: 'New folder' })}>
          New folder
        </button>
        {runner?.hidden ? (
          <button type="button" onClick={() => setRunner({ ...runner, hidden: false })}>
            Show run
          </button>
        ) : (
          <button
            type="button"
            title="Run every saved request"
            onClick={() => setRunner({ folder: '', hidden: false })}
          >
            Run…
          </button>
        )}
        <select
          aria-label="Export the collection"
          value=""
          onChange={(e) => exportFolder('', e.target.value === 'har' ? 'har' : 'postman')}
        >
          <option value="" disabled>
            Export…
          </option>
          <option value="postman">As Postman v2.1</option>
          <option value="har">As HAR</option>
        </select>
      </div>
      {exported ? (
        <p className="collection-undo app-small" role="status">
          {exported}
        </p>
      ) : null}
      {deleted ? (
        <p className="collection-undo app-small" role="status">
          Deleted {deleted.name}.{' '}
          <button type="button" className="link" onClick={() => undo(deleted.file)}>
            Undo
          </button>
        </p>
      ) : null}
      {problem ? (
        <p className="problem app-small" role="alert">
          {problem}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="empty-state app-small">
          No saved requests yet. Press Ctrl+S in a request to save it here as a file.
        </p>
      ) : null}
      <CollectionTree items={items} folders={listing.data?.folders ?? []} filter={filter} actions={actions} />
      <OtherCollections />
      {runner ? (
        <RunnerView
          key={runner.folder}
          folder={runner.folder}
          hidden={runner.hidden}
          onOpenResult={(result) => {
            workbench.open({ title: result.title, draft: result.draft, outcome: result.outcome });
            setRunner({ ...runner, hidden: true });
          }}
          onClose={() => setRunner(null)}
        />
      ) : null}
    </div>
  );
}
