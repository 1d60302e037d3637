import {
  memo,
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type RefObject,
} from 'react';
import { SandboxBadge } from '../../app/SandboxBadge';
import { sandboxById } from '../../../../shared/providers/sandboxes';
import { revealInCollection } from '../collections/reveal';
import { isDirty } from './tabs';
import { tabTitle } from './tab-title';
import { TabMenu, type TabCommand } from './TabMenu';
import { copyAsCode } from '../code/copy-as-code';
import { onTabListKeyDown, rovingTab } from './tab-list-keys';
import { shallowEqual, useTabSelector, useWorkbenchActions, useWorkbenchSelector } from './WorkbenchContext';

interface MenuState {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export function TabBar() {
  const { newTab } = useWorkbenchActions();
  const ids = useWorkbenchSelector((state) => state.tabs.tabs.map((tab) => tab.id), shallowEqual);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const overflow = useOverflow(list, ids.length);
  const scrollBy = (by: number) => list.current?.scrollBy({ left: by, behavior: 'smooth' });
  const openMenu = useCallback((id: string, x: number, y: number) => setMenu({ id, x, y }), []);
  return (
    <div className="tab-bar">
      {overflow.left ? (
        <button type="button" className="tab-scroll" aria-label="Scroll tabs left" onClick={() => scrollBy(-200)}>
          ‹
        </button>
      ) : null}
      <div ref={list} role="tablist" aria-label="Open requests" className="tab-list" onKeyDown={onTabListKeyDown}>
        {ids.map((id) => (
          <TabItem key={id} id={id} onMenu={openMenu} />
        ))}
      </div>
      {overflow.right ? (
        <button type="button" className="tab-scroll" aria-label="Scroll tabs right" onClick={() => scrollBy(200)}>
          ›
        </button>
      ) : null}
      {overflow.left || overflow.right ? <TabListMenu ids={ids} /> : null}
      <button
        type="button"
        className="tab-new"
        aria-label="New request (Ctrl+T)"
        title="New request (Ctrl+T)"
        onClick={() => newTab()}
      >
        +
      </button>
      {menu ? <TabMenuFor menu={menu} ids={ids} onDismiss={() => setMenu(null)} /> : null}
    </div>
  );
}

/** Whether tabs are hidden to the left or right of the strip: a narrow window gets scroll buttons and a list. */
function useOverflow(list: RefObject<HTMLDivElement | null>, count: number) {
  const [overflow, setOverflow] = useState({ left: false, right: false });
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const measure = () => {
      const next = {
        left: element.scrollLeft > 1,
        right: element.scrollLeft + element.clientWidth < element.scrollWidth - 1,
      };
      setOverflow((current) => (current.left === next.left && current.right === next.right ? current : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [list, count]);
  return overflow;
}

/** Every open tab by title, for when they do not all fit. */
function TabListMenu({ ids }: { readonly ids: readonly string[] }) {
  const { activate } = useWorkbenchActions();
  const titles = useWorkbenchSelector((state) => state.tabs.tabs.map(tabTitle), shallowEqual);
  const activeId = useWorkbenchSelector((state) => state.tabs.activeId);
  return (
    <select
      className="tab-overflow"
      aria-label="All open tabs"
      value={activeId ?? ''}
      onChange={(event) => activate(event.target.value)}
    >
      {ids.map((id, index) => (
        <option key={id} value={id}>
          {titles[index]}
        </option>
      ))}
    </select>
  );
}

function TabMenuFor({
  menu,
  ids,
  onDismiss,
}: {
  readonly menu: MenuState;
  readonly ids: readonly string[];
  readonly onDismiss: () => void;
}) {
  const workbench = useWorkbenchActions();
  const tab = workbench.tab(menu.id);
  if (!tab) return null;
  const choose = (command: TabCommand) => {
    onDismiss();
    if (command === 'close') workbench.close(tab.id);
    else if (command === 'closeOthers') workbench.closeOthers(tab.id);
    else if (command === 'closeRight') workbench.closeToTheRight(tab.id);
    else if (command === 'duplicate') workbench.duplicate(tab.id);
    else if (command === 'rename') window.dispatchEvent(new CustomEvent(RENAME_EVENT, { detail: tab.id }));
    // Placeholders for every secret: the same snippet as the Code tab's cURL target.
    else if (command === 'copyCurl') void copyAsCode(tab.draft, 'curl');
    else if (tab.collectionFile) revealInCollection(tab.collectionFile);
  };
  return (
    <TabMenu
      title={tabTitle(tab)}
      at={{ x: menu.x, y: menu.y }}
      canReveal={tab.collectionFile !== null}
      isLast={ids[ids.length - 1] === tab.id}
      onlyTab={ids.length === 1}
      onChoose={choose}
      onDismiss={onDismiss}
    />
  );
}

const RENAME_EVENT = 'parley:rename-tab';

/** One tab's title, badge, dirty dot and spinner: re-renders when one of those changes, not on every edit. */
const TabItem = memo(function TabItem({
  id,
  onMenu,
}: {
  readonly id: string;
  readonly onMenu: (id: string, x: number, y: number) => void;
}) {
  const { activate, close, retitle } = useWorkbenchActions();
  const active = useWorkbenchSelector((state) => state.tabs.activeId === id);
  const tab = useTabSelector(
    id,
    (t) => ({ title: tabTitle(t), sandbox: t.draft.sandbox, dirty: isDirty(t), sending: t.pendingRequestId !== null }),
    shallowEqual,
  );
  const [renaming, setRenaming] = useState(false);
  const self = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const rename = (event: Event) => (event as CustomEvent<string>).detail === id && setRenaming(true);
    window.addEventListener(RENAME_EVENT, rename);
    return () => window.removeEventListener(RENAME_EVENT, rename);
  }, [id]);
  useEffect(() => {
    if (active) self.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  if (!tab) return null;
  const sandbox = sandboxById(tab.sandbox);
  const contextMenu = (event: ReactMouseEvent) => {
    event.preventDefault();
    onMenu(id, event.clientX, event.clientY);
  };
  const keysOnTab = (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.key === 'Delete') {
      event.preventDefault();
      close(id);
      return;
    }
    if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    onMenu(id, box.left, box.bottom);
  };
  return (
    <div ref={self} className={active ? 'tab active' : 'tab'} onContextMenu={contextMenu}>
      {renaming ? (
        <input
          className="tab-rename"
          aria-label={`New title for ${tab.title}`}
          defaultValue={tab.title}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onBlur={() => setRenaming(false)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              retitle(id, event.currentTarget.value);
              setRenaming(false);
            } else if (event.key === 'Escape') setRenaming(false);
          }}
        />
      ) : (
        <button
          type="button"
          role="tab"
          aria-selected={active}
          {...rovingTab(active)}
          className="tab-title"
          onClick={() => activate(id)}
          onKeyDown={keysOnTab}
          onMouseDown={(event) => event.button === 1 && event.preventDefault()}
          onAuxClick={(event) => event.button === 1 && close(id)}
          title={`${sandbox.name}: ${tab.title}${tab.dirty ? ' (unsaved changes)' : ''}`}
        >
          <SandboxBadge info={sandbox} />
          <span className="tab-name">{tab.title}</span>
          {tab.dirty ? (
            <span className="dirty" aria-label="unsaved changes">
              ●
            </span>
          ) : null}
          {tab.sending ? <span className="spinner" aria-label="sending" /> : null}
        </button>
      )}
      {/* A tab list may own only tabs, so the × is for the mouse: the keyboard closes with Delete, Ctrl+W or the menu. */}
      <button
        type="button"
        className="tab-close"
        aria-hidden="true"
        tabIndex={-1}
        title={`Close ${tab.title} (Delete)`}
        onClick={() => close(id)}
      >
        ×
      </button>
    </div>
  );
});
