import { useCallback, useEffect, useRef, useState } from 'react';
import { httpMethods, type HttpMethod } from '../../../../shared/http/types';
import type { EndpointSpec } from '../../../../shared/providers/catalog';
import { providerDefinition } from '../../../../shared/providers/registry';
import type { ProviderDraft } from '../../../../shared/providers/types';
import type { RequestDraft } from '../../../../shared/request/draft';
import { ProfilePicker } from '../profiles/ProfilePicker';
import { builderFor } from '../../providers/registry';
import { RequestSectionPanel, type RequestSection } from './RequestSections';
import { UrlField } from './UrlField';
import { usePasteCurl } from './usePasteCurl';
import { useVariableExplanations } from '../environments/useVariableExplanations';
import { useTabSelector, useWorkbenchActions } from './WorkbenchContext';

/**
 * A tab's request: profile, method and URL, then one section (builder, params, headers, body, auth, code, docs).
 * Each part selects the piece of the tab it shows, so typing in the URL re-renders the request line only.
 */
export function RequestEditor({
  tabId,
  theme,
  onManageProfiles,
}: {
  readonly tabId: string;
  readonly theme: 'light' | 'dark';
  readonly onManageProfiles: () => void;
}) {
  const sandbox = useTabSelector(tabId, (tab) => tab.draft.sandbox);
  const builder = useTabSelector(tabId, (tab) => builderFor(tab.draft)) ?? null;
  const endpointId = useTabSelector(tabId, (tab) => tab.draft.provider?.endpointId ?? null) ?? null;
  const [section, setSection] = useState<RequestSection>(builder ? 'builder' : 'params');
  const workbench = useWorkbenchActions();
  const panel = useRef<HTMLDivElement>(null);
  // The scroll position the session brought back (or the tab had when last shown), once its content is laid out.
  useEffect(() => {
    const top = workbench.scrollOf(tabId);
    if (!top) return;
    const frame = requestAnimationFrame(() => panel.current?.scrollTo({ top }));
    return () => cancelAnimationFrame(frame);
  }, [workbench, tabId]);
  if (!sandbox) return null;
  const isPlain = sandbox === 'http';
  const definition = isPlain ? undefined : providerDefinition(sandbox);
  const endpoint = definition?.catalog.find((e) => e.id === endpointId) ?? null;

  const sections: { id: RequestSection; label: string }[] = [
    ...(builder ? [{ id: 'builder' as const, label: builder.label }] : []),
    { id: 'params', label: isPlain ? 'Query' : 'Params' },
    { id: 'headers', label: 'Headers' },
    ...(isPlain ? [{ id: 'body' as const, label: 'Body' }] : []),
    { id: 'auth', label: 'Auth' },
    { id: 'checks', label: 'Checks' },
    { id: 'code', label: 'Code' },
    { id: 'docs', label: 'Docs' },
  ];
  const shown = sections.some((s) => s.id === section) ? section : 'params';

  return (
    <section className="request-editor" aria-label="Request">
      <RequestProfile tabId={tabId} onManageProfiles={onManageProfiles} />
      <RequestLine tabId={tabId} endpoint={endpoint} />
      <TabErrorBanner tabId={tabId} />
      <div className="section-tabs" role="tablist" aria-label="Request sections">
        {sections.map((s) => (
          <button key={s.id} type="button" role="tab" aria-selected={shown === s.id} onClick={() => setSection(s.id)}>
            {s.label}
          </button>
        ))}
      </div>
      <div
        ref={panel}
        className="section-panel"
        role="tabpanel"
        onScroll={(event) => workbench.setScroll(tabId, event.currentTarget.scrollTop)}
      >
        <RequestSectionPanel tabId={tabId} shown={shown} builder={builder} endpoint={endpoint} theme={theme} />
      </div>
    </section>
  );
}

function RequestProfile({
  tabId,
  onManageProfiles,
}: {
  readonly tabId: string;
  readonly onManageProfiles: () => void;
}) {
  const workbench = useWorkbenchActions();
  const sandbox = useTabSelector(tabId, (tab) => tab.draft.sandbox) ?? 'http';
  const profileId = useTabSelector(tabId, (tab) => tab.draft.profileId) ?? null;
  const choose = useCallback(
    (id: string | null) => workbench.update(tabId, (draft) => ({ ...draft, profileId: id })),
    [workbench, tabId],
  );
  return (
    <div className="request-profile">
      <ProfilePicker providerId={sandbox} value={profileId} onChange={choose} onManage={onManageProfiles} />
    </div>
  );
}

const providerPart = (draft: RequestDraft, change: Partial<ProviderDraft>): RequestDraft => ({
  ...draft,
  provider: { endpointId: null, params: {}, ...draft.provider, ...change } as RequestDraft['provider'],
});

/** Method, URL (or a provider's path), Send or Cancel, Save. */
function RequestLine({ tabId, endpoint }: { readonly tabId: string; readonly endpoint: EndpointSpec | null }) {
  const workbench = useWorkbenchActions();
  const sandbox = useTabSelector(tabId, (tab) => tab.draft.sandbox) ?? 'http';
  const isPlain = sandbox === 'http';
  const method = useTabSelector(tabId, (tab) =>
    isPlain ? tab.draft.method : (tab.draft.provider?.method ?? endpoint?.method ?? 'GET'),
  );
  const url = useTabSelector(tabId, (tab) =>
    isPlain ? tab.draft.url : (tab.draft.provider?.path ?? endpoint?.path ?? ''),
  );
  const pending = useTabSelector(tabId, (tab) => tab.pendingRequestId !== null) ?? false;
  const { values, explain } = useVariableExplanations(tabId);
  const update = (change: (draft: RequestDraft) => RequestDraft) => workbench.update(tabId, change);
  const pasteCurl = usePasteCurl(tabId);

  return (
    <div className="request-line">
      {isPlain ? (
        <select
          aria-label="Method"
          className={`method method-${method}`}
          value={method}
          onChange={(e) => update((draft) => ({ ...draft, method: e.target.value as HttpMethod }))}
        >
          {httpMethods.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      ) : (
        <span className={`method method-${method}`} aria-label={`Method ${method}`}>
          {method}
        </span>
      )}
      <UrlField
        label={isPlain ? 'URL' : 'Path'}
        value={url ?? ''}
        placeholder={
          isPlain ? 'https://api.example.com/items or {{baseUrl}}/items' : 'Pick an endpoint from the catalog'
        }
        values={values}
        explain={explain}
        onPasteText={pasteCurl}
        onChange={(value) =>
          update((draft) => (isPlain ? { ...draft, url: value } : providerPart(draft, { path: value })))
        }
      />
      {pending ? (
        <button type="button" className="danger" onClick={() => void workbench.cancel(tabId)} title="Cancel (Esc)">
          Cancel
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => void workbench.send(tabId)} title="Send (Ctrl+Enter)">
          Send
        </button>
      )}
      <button type="button" onClick={() => void workbench.save(tabId)} title="Save to the collection (Ctrl+S)">
        Save
      </button>
    </div>
  );
}

function TabErrorBanner({ tabId }: { readonly tabId: string }) {
  const workbench = useWorkbenchActions();
  const error = useTabSelector(tabId, (tab) => tab.error) ?? null;
  const canForce = useTabSelector(tabId, (tab) => tab.rawText === null && tab.draft.sandbox !== 'http') ?? false;
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>{error}</span>
      {error.startsWith('Not sent:') && canForce ? (
        <button type="button" onClick={() => void workbench.send(tabId, true)}>
          Send anyway
        </button>
      ) : null}
      <button type="button" onClick={() => workbench.dismissError(tabId)}>
        Dismiss
      </button>
    </div>
  );
}
