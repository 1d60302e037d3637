import { SandboxBadge } from '../../app/SandboxBadge';
import { useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { CollectionFolder, CollectionItem } from '../../../../shared/collections/format';
import { sandboxById } from '../../../../shared/providers/sandboxes';

export interface TreeActions {
  open(item: CollectionItem): void;
  rename(item: CollectionItem, name: string): void;
  duplicate(item: CollectionItem): void;
  remove(item: CollectionItem): void;
  /** Moves an item within its folder by one place (-1 up, +1 down). */
  shift(item: CollectionItem, by: -1 | 1): void;
  moveTo(item: CollectionItem, folder: string): void;
  addFolder(parent: string): void;
  /** Opens the runner on a folder ('' for the whole collection). */
  runFolder(folder: string): void;
  /** Exports a folder ('' for the whole collection) to the file main's save dialog returns. */
  exportFolder(folder: string, format: 'postman' | 'har'): void;
}

interface Props {
  readonly items: readonly CollectionItem[];
  readonly folders: readonly CollectionFolder[];
  readonly filter: string;
  readonly actions: TreeActions;
}

const depthOf = (folder: string) => (folder ? folder.split('/').length : 0);
const DRAG_TYPE = 'application/x-parley-request';

/** The collection as a tree: folders with their requests in the folder's order, filtered as you type. */
export function CollectionTree({ items, folders, filter, actions }: Props) {
  const [renaming, setRenaming] = useState<{ file: string; name: string } | null>(null);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? items.filter((i) => `${i.folder}/${i.name}`.toLowerCase().includes(needle)) : items;
  const shownFolders = folders.filter(
    (f) => f.path !== '' && (!needle || shown.some((i) => i.folder === f.path || i.folder.startsWith(`${f.path}/`))),
  );

  // The menu closes once its choice is made, as a native menu would.
  const exportFrom = (event: MouseEvent<HTMLButtonElement>, folder: string, format: 'postman' | 'har') => {
    event.currentTarget.closest('details')?.removeAttribute('open');
    actions.exportFolder(folder, format);
  };

  const onKey = (event: KeyboardEvent, item: CollectionItem) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      actions.shift(item, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'F2') {
      event.preventDefault();
      setRenaming({ file: item.file, name: item.name });
    } else if (event.key === 'Delete') {
      event.preventDefault();
      actions.remove(item);
    }
  };
  const onDrop = (event: DragEvent, folder: string) => {
    const file = event.dataTransfer.getData(DRAG_TYPE);
    const item = items.find((i) => i.file === file);
    if (!item) return;
    event.preventDefault();
    if (item.folder !== folder) actions.moveTo(item, folder);
  };
  const dropTarget = (folder: string) => ({
    onDragOver: (event: DragEvent) => event.dataTransfer.types.includes(DRAG_TYPE) && event.preventDefault(),
    onDrop: (event: DragEvent) => onDrop(event, folder),
  });

  const row = (item: CollectionItem) => (
    <li
      key={item.file}
      className={item.error ? 'collection-item broken' : 'collection-item'}
      style={{ paddingLeft: depthOf(item.folder) * 14 }}
      draggable
      onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, item.file)}
    >
      {renaming?.file === item.file ? (
        <form
          className="collection-rename"
          onSubmit={(event) => {
            event.preventDefault();
            if (renaming.name.trim() && renaming.name !== item.name) actions.rename(item, renaming.name.trim());
            setRenaming(null);
          }}
        >
          <input
            aria-label={`New name for ${item.name}`}
            value={renaming.name}
            autoFocus
            onChange={(e) => setRenaming({ file: item.file, name: e.target.value })}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
          />
        </form>
      ) : (
        <button
          type="button"
          className="collection-open"
          data-file={item.file}
          disabled={!item.draft}
          title={item.error ?? `${item.file}${item.profileName ? ` · profile ${item.profileName}` : ''}`}
          onClick={() => actions.open(item)}
          onDoubleClick={() => setRenaming({ file: item.file, name: item.name })}
          onKeyDown={(event) => onKey(event, item)}
        >
          {item.sandbox ? (
            <SandboxBadge info={sandboxById(item.sandbox)} />
          ) : (
            <span className="badge badge-broken" aria-hidden="true">
              !
            </span>
          )}
          <span className="collection-name">{item.name}</span>
        </button>
      )}
      <details className="collection-actions">
        <summary aria-label={`Actions for ${item.name}`}>⋯</summary>
        <div className="collection-menu" role="group" aria-label={`${item.name} actions`}>
          <button type="button" onClick={() => setRenaming({ file: item.file, name: item.name })}>
            Rename
          </button>
          <button type="button" onClick={() => actions.duplicate(item)}>
            Duplicate
          </button>
          <button type="button" onClick={() => actions.shift(item, -1)}>
            Move up
          </button>
          <button type="button" onClick={() => actions.shift(item, 1)}>
            Move down
          </button>
          <label>
            Move to
            <select
              aria-label={`Move ${item.name} to folder`}
              value={item.folder}
              onChange={(e) => actions.moveTo(item, e.target.value)}
            >
              {folders.map((f) => (
                <option key={f.path} value={f.path}>
                  {f.path || '(top)'}
                </option>
              ))}
            </select>
          </label>
        </div>
      </details>
      <button
        type="button"
        className="collection-delete"
        aria-label={`Delete ${item.name}`}
        onClick={() => actions.remove(item)}
      >
        ×
      </button>
      {item.error ? (
        <p className="problem app-small" role="note">
          {item.file}: {item.error}
        </p>
      ) : null}
    </li>
  );

  return (
    <ul className="collection-items" aria-label="Saved requests" {...dropTarget('')}>
      {shown.filter((i) => i.folder === '').map(row)}
      {shownFolders.map((folder) => (
        <li key={`folder:${folder.path}`} className="collection-folder-group">
          <div
            className="collection-folder-name"
            style={{ paddingLeft: (depthOf(folder.path) - 1) * 14 }}
            title={folder.settings.description || folder.error || folder.path}
            {...dropTarget(folder.path)}
          >
            <span aria-hidden="true">▾</span> {folder.name}
            <button
              type="button"
              className="collection-add-folder"
              aria-label={`New folder in ${folder.path}`}
              title="New folder inside"
              onClick={() => actions.addFolder(folder.path)}
            >
              +
            </button>
            <button
              type="button"
              className="collection-run-folder"
              aria-label={`Run folder ${folder.path}…`}
              title="Run folder…"
              onClick={() => actions.runFolder(folder.path)}
            >
              ▶
            </button>
            <details className="collection-actions collection-folder-actions">
              <summary aria-label={`Actions for folder ${folder.path}`} title="Folder actions">
                ⋯
              </summary>
              <div className="collection-menu" role="group" aria-label={`Folder ${folder.path} actions`}>
                <button type="button" onClick={(e) => exportFrom(e, folder.path, 'postman')}>
                  Export folder as Postman v2.1…
                </button>
                <button type="button" onClick={(e) => exportFrom(e, folder.path, 'har')}>
                  Export folder as HAR…
                </button>
              </div>
            </details>
          </div>
          <ul className="collection-items" aria-label={`Folder ${folder.path}`}>
            {shown.filter((i) => i.folder === folder.path).map(row)}
          </ul>
        </li>
      ))}
    </ul>
  );
}
