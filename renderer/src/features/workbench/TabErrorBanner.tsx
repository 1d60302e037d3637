import { useEffect, useRef } from 'react';
import { onlyCatalogRefuses } from './draft-problems';
import { useTabSelector, useWorkbenchActions } from './WorkbenchContext';

/**
 * Why the tab's last send did not go out. It scrolls itself into view when it appears (the user may be far
 * down a long form); several problems are a list. "Send anyway" is offered only where the catalog's checks
 * alone refuse, and then sends the request as shown.
 */
export function TabErrorBanner({ tabId }: { readonly tabId: string }) {
  const workbench = useWorkbenchActions();
  const error = useTabSelector(tabId, (tab) => tab.error) ?? null;
  const canForce = useTabSelector(tabId, (tab) => tab.rawText === null && onlyCatalogRefuses(tab)) ?? false;
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) banner.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  if (!error) return null;
  const [summary, ...items] = error.split('\n');
  return (
    <div ref={banner} className="banner banner-error" role="alert">
      <div className="banner-text">
        <span>{summary}</span>
        {items.length > 0 ? (
          <ul className="banner-list">
            {items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {canForce ? (
        <button
          type="button"
          onClick={() => void workbench.send(tabId, true)}
          title="Send the request as shown: the server answers the missing or odd values itself"
        >
          Send anyway
        </button>
      ) : null}
      <button type="button" onClick={() => workbench.dismissError(tabId)}>
        Dismiss
      </button>
    </div>
  );
}
