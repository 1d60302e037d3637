import { useCallback, useEffect, useRef, useState } from 'react';
import { httpMethods, type HttpMethod } from '../../../../shared/http/types';
import type { EndpointSpec } from '../../../../shared/providers/catalog';
import { providerDefinition } from '../../../../shared/providers/registry';
import type { ProviderDraft } from '../../../../shared/providers/types';
import type { KeyValueRow, RequestDraft } from '../../../../shared/request/draft';
import { ProfilePicker } from '../profiles/ProfilePicker';
import { builderFor } from '../../providers/registry';
import { RequestSectionPanel, type RequestSection } from './RequestSections';
import { TabErrorBanner } from './TabErrorBanner';
import { onTabListKeyDown, rovingTab } from './tab-list-keys';
import { UrlField } from './UrlField';
import { UrlRule } from './UrlRule';
import { usePasteCurl } from './usePasteCurl';
import { useVariableExplanations } from '../environments/useVariableExplanations';
import { joinUrl, rowsFromTyped, splitUrl, typedMatchesDraft } from './url-query';
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
    { id: 'options', label: 'Options' },
    { id: 'code', label: 'Code' },
    { id: 'docs', label: 'Docs' },
  ];
  const shown = sections.some((s) => s.id === section) ? section : 'params';

  return (
    <section className="request-editor" aria-label="Request">
      <RequestProfile tabId={tabId} onManageProfiles={onManageProfiles} />
      <RequestLine tabId={tabId} endpoint={endpoint} />
      <UrlRule tabId={tabId} />
      <TabErrorBanner tabId={tabId} />
      <div className="section-tabs" role="tablist" aria-label="Request sections" onKeyDown={onTabListKeyDown}>
        {sections.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={`request-tab-${s.id}`}
            aria-controls="request-section-panel"
            aria-selected={shown === s.id}
            {...rovingTab(shown === s.id)}
            onClick={() => setSection(s.id)}
          >
            {s.label}
          </button>
        ))}
      </div>
      <div
        ref={panel}
        className="section-panel"
        role="tabpanel"
        id="request-section-panel"
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

/** A provider whose every endpoint uses one method (APWT: POST) shows it on a blank tab too. */
function onlyMethodOf(catalog: readonly EndpointSpec[]): HttpMethod {
  const first = catalog[0]?.method ?? 'GET';
  return catalog.every((endpoint) => endpoint.method === first) ? first : 'GET';
}

const noRows: readonly KeyValueRow[] = [];

const providerPart = (draft: RequestDraft, change: Partial<ProviderDraft>): RequestDraft => ({
  ...draft,
  provider: { endpointId: null, params: {}, ...draft.provider, ...change } as RequestDraft['provider'],
});

/** Method, URL (or a provider's path), Send or Cancel, Save. */
function RequestLine({ tabId, endpoint }: { readonly tabId: string; readonly endpoint: EndpointSpec | null }) {
  const workbench = useWorkbenchActions();
  const sandbox = useTabSelector(tabId, (tab) => tab.draft.sandbox) ?? 'http';
  const isPlain = sandbox === 'http';
  const definition = isPlain ? undefined : providerDefinition(sandbox);
  const method = useTabSelector(tabId, (tab) =>
    isPlain
      ? tab.draft.method
      : (tab.draft.provider?.method ?? endpoint?.method ?? (definition ? onlyMethodOf(definition.catalog) : 'GET')),
  );
  const operation = definition?.operationInEndpointId ? (endpoint?.id ?? null) : null;
  const pending = useTabSelector(tabId, (tab) => tab.pendingRequestId !== null) ?? false;

  return (
    <div className="request-line">
      {isPlain ? (
        <select
          aria-label="Method"
          className={`method method-${method}`}
          value={method}
          onChange={(e) => workbench.update(tabId, (draft) => ({ ...draft, method: e.target.value as HttpMethod }))}
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
      <RequestUrl tabId={tabId} isPlain={isPlain} endpoint={endpoint} />
      {operation ? (
        <code
          className="path-detail"
          data-testid="path-detail"
          title="apimodule/apifunction: the call this request makes"
        >
          {operation}
        </code>
      ) : null}
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

/** The URL (or a provider's path): the one part of the request line a key typed re-renders. */
function RequestUrl({
  tabId,
  isPlain,
  endpoint,
}: {
  readonly tabId: string;
  readonly isPlain: boolean;
  readonly endpoint: EndpointSpec | null;
}) {
  const workbench = useWorkbenchActions();
  const url = useTabSelector(tabId, (tab) =>
    isPlain ? tab.draft.url : (tab.draft.provider?.path ?? endpoint?.path ?? ''),
  );
  const query = useTabSelector(tabId, (tab) => tab.draft.query);
  const [typed, setTyped] = useState<string | null>(null);
  const { values, explain } = useVariableExplanations(tabId);
  const update = (change: (draft: RequestDraft) => RequestDraft) => workbench.update(tabId, change);
  const pasteCurl = usePasteCurl(tabId);

  return (
    <span className="url-field-wrap" onBlur={() => setTyped(null)}>
      <UrlField
        focusTarget="request-url"
        label={isPlain ? 'URL' : 'Path'}
        value={
          isPlain
            ? typed !== null && typedMatchesDraft(typed, url ?? '', query ?? noRows)
              ? typed
              : joinUrl(url ?? '', query ?? noRows)
            : (url ?? '')
        }
        placeholder={
          isPlain ? 'https://api.example.com/items or {{baseUrl}}/items' : 'Pick an endpoint from the catalog'
        }
        values={values}
        explain={explain}
        onPasteText={pasteCurl}
        onChange={(value) => {
          if (!isPlain) return update((draft) => providerPart(draft, { path: value }));
          // The field keeps what is typed while it has focus; the draft gets the URL and the Query rows.
          setTyped(value);
          const { url: bare, pairs } = splitUrl(value);
          update((draft) => ({ ...draft, url: bare, query: rowsFromTyped(pairs, draft.query) }));
        }}
      />
    </span>
  );
}
