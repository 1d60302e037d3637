import { useEffect } from 'react';
import { focusIsLost, focusRequestUrl } from './focus-targets';
import { RequestEditor } from './RequestEditor';
import { ResponseArea } from './ResponseArea';
import { TabBar } from './TabBar';
import { useSplitLayout } from './useSplitLayout';
import { useActiveTabId } from './WorkbenchContext';
import './workbench.css';

/** Tabs of open requests over the request editor and the response, side by side or stacked. */
export function Workbench({
  theme,
  onManageProfiles,
}: {
  readonly theme: 'light' | 'dark';
  readonly onManageProfiles: () => void;
}) {
  const activeId = useActiveTabId();
  // A tab opened from the palette, a catalog item or history: its URL is where the user goes on, unless
  // focus already is somewhere on purpose.
  useEffect(() => {
    if (activeId && focusIsLost()) focusRequestUrl();
  }, [activeId]);
  const { layout, container, startDrag, nudge, toggleOrientation } = useSplitLayout();
  const first = `${layout.ratio}fr`;
  const second = `${1 - layout.ratio}fr`;
  const sideBySide = layout.orientation === 'side-by-side';
  return (
    <div className="workbench">
      <div className="workbench-top">
        <TabBar />
        <button
          type="button"
          className="layout-toggle"
          onClick={toggleOrientation}
          aria-label={sideBySide ? 'Stack the response under the request' : 'Put the response beside the request'}
        >
          {sideBySide ? '⬒ Stack' : '◫ Side by side'}
        </button>
      </div>
      {activeId ? (
        <div
          ref={container}
          className={`split split-${layout.orientation}`}
          style={
            sideBySide
              ? { gridTemplateColumns: `minmax(0, ${first}) 6px minmax(0, ${second})` }
              : { gridTemplateRows: `minmax(0, ${first}) 6px minmax(0, ${second})` }
          }
        >
          <RequestEditor key={activeId} tabId={activeId} theme={theme} onManageProfiles={onManageProfiles} />
          <div
            className="splitter"
            role="separator"
            tabIndex={0}
            aria-orientation={sideBySide ? 'vertical' : 'horizontal'}
            aria-valuenow={Math.round(layout.ratio * 100)}
            aria-label="Resize request and response"
            onPointerDown={startDrag}
            onKeyDown={(e) => {
              if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') nudge(-0.05);
              if (e.key === 'ArrowRight' || e.key === 'ArrowDown') nudge(0.05);
            }}
          />
          <ResponseArea key={`${activeId}-response`} tabId={activeId} />
        </div>
      ) : (
        <div className="empty-workbench">
          <p>
            No request open. Pick an endpoint from the catalog, press <kbd>Ctrl</kbd>+<kbd>T</kbd> for a new request, or{' '}
            <kbd>Ctrl</kbd>+<kbd>K</kbd> to jump anywhere.
          </p>
        </div>
      )}
    </div>
  );
}
