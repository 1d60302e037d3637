import { CheckResultsView } from '../checks/CheckResultsView';
import { useState } from 'react';
import type { SendOutcome } from '../../../../shared/request/outcome';
import { BodyActions } from './BodyActions';
import { MONACO_LIMIT, PrettyView, RawView } from './BodyViews';
import { CookieTable, HeaderTable, RequestView, TimelineView } from './DetailViews';
import { FilterPanel } from './FilterPanel';
import { MainFilterPanel } from './MainFilterPanel';
import { HtmlPreview, ImagePreview, previewKindOf } from './Previews';
import { bodyKindOf } from './format';
import { SendingView } from './SendingView';
import { InterpretationBar, StatusLine, TransportError } from './Summary';
import { useResponseBody } from './useResponseBody';
import { Waterfall } from './Waterfall';
import { onTabListKeyDown, rovingTab } from '../workbench/tab-list-keys';
import './response.css';

export interface ResponseInspectorProps {
  readonly outcome: SendOutcome | null;
  readonly pending: boolean;
  /** The send in flight, whose progress main reports. */
  readonly pendingRequestId?: string | null;
  readonly onCancel: () => void;
  /** Merges these parameters into the draft and sends again (next/previous page). */
  readonly onFollowPage?: (params: Readonly<Record<string, unknown>>) => void;
  /** The status line and the provider's summary are shown above, by the provider's own view. */
  readonly summaryAbove?: boolean;
}

type Tab = 'pretty' | 'raw' | 'preview' | 'headers' | 'cookies' | 'request' | 'timeline';
const allTabs: readonly (readonly [Tab, string])[] = [
  ['pretty', 'Pretty'],
  ['raw', 'Raw'],
  ['preview', 'Preview'],
  ['headers', 'Headers'],
  ['cookies', 'Cookies'],
  ['request', 'Request'],
  ['timeline', 'Timeline'],
];

function currentTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function ResponseInspector({
  outcome,
  pending,
  pendingRequestId,
  onCancel,
  onFollowPage,
  summaryAbove,
}: ResponseInspectorProps) {
  const response = outcome?.response ?? null;
  const body = useResponseBody(response);
  const kind = bodyKindOf(response?.body.contentType ?? '', body.text.slice(0, 100));
  const preview = response ? previewKindOf(response, kind) : null;
  const tabs = preview ? allTabs : allTabs.filter(([id]) => id !== 'preview');
  // Big bodies open in Raw: its first rows come from the preview at once.
  const defaultTab: Tab =
    preview === 'image'
      ? 'preview'
      : response && response.body.isText && response.body.size <= MONACO_LIMIT && kind !== 'text'
        ? 'pretty'
        : response
          ? 'raw'
          : 'request';
  const [chosen, setChosen] = useState<{ id: string | undefined; tab: Tab } | null>(null);
  const tab = chosen && chosen.id === (response?.id ?? outcome?.requestId) ? chosen.tab : defaultTab;
  const choose = (next: Tab) => setChosen({ id: response?.id ?? outcome?.requestId, tab: next });

  if (pending && pendingRequestId) return <SendingView requestId={pendingRequestId} onCancel={onCancel} />;
  if (pending) {
    return (
      <div className="response-inspector inspector-pending">
        <p role="status">Sending…</p>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (!outcome) return <div className="response-inspector empty-state">Send a request to see its response here.</div>;

  return (
    <div className="response-inspector">
      {response && !summaryAbove ? <StatusLine response={response} /> : null}
      {outcome.warnings.map((warning, index) => (
        <p key={index} className="inspector-warning" role="note">
          ⚠ {warning}
        </p>
      ))}
      {outcome.error ? <TransportError error={outcome.error} /> : null}
      {outcome.interpretation && !summaryAbove ? (
        <InterpretationBar interpretation={outcome.interpretation} onFollowPage={onFollowPage} />
      ) : null}
      {outcome.checks ? <CheckResultsView results={outcome.checks} /> : null}
      {!response ? (
        <>
          {outcome.error?.timings ? <Waterfall timings={outcome.error.timings} /> : null}
          <RequestView sent={outcome.sent} />
        </>
      ) : (
        <>
          <div className="inspector-tabs">
            <div className="inspector-tablist" role="tablist" aria-label="Response views" onKeyDown={onTabListKeyDown}>
              {tabs.map(([id, label]) => (
                <button
                  key={id}
                  type="button"
                  role="tab"
                  id={`inspector-tab-${id}`}
                  aria-selected={tab === id}
                  aria-controls="inspector-panel"
                  {...rovingTab(tab === id)}
                  onClick={() => choose(id)}
                >
                  {label}
                  {id === 'headers' ? <span className="muted"> {response.headers.length}</span> : null}
                  {id === 'cookies' && response.cookies.length > 0 ? (
                    <span className="muted"> {response.cookies.length}</span>
                  ) : null}
                </button>
              ))}
            </div>
            <span className="inspector-tabs-spacer" />
            <BodyActions response={response} body={body} />
          </div>
          <div
            className="inspector-panel"
            id="inspector-panel"
            role="tabpanel"
            aria-labelledby={`inspector-tab-${tab}`}
          >
            {tab === 'preview' && preview === 'image' ? (
              <ImagePreview response={response} />
            ) : tab === 'preview' && preview === 'html' ? (
              body.complete ? (
                <HtmlPreview html={body.text} />
              ) : (
                <p className="muted" role="status">
                  Loading body…
                </p>
              )
            ) : (tab === 'pretty' || tab === 'raw') && !response.body.isText ? (
              <p className="muted">
                Binary body ({response.body.contentType || 'no content type'}). Use “Save body as…” to keep it.
              </p>
            ) : tab === 'pretty' ? (
              <>
                {!body.windowed ? (
                  <FilterPanel text={body.text} kind={kind} complete={body.complete} />
                ) : kind === 'json' ? (
                  <MainFilterPanel key={response.id} responseId={response.id} />
                ) : null}
                <PrettyView body={body} kind={kind} theme={currentTheme()} responseId={response.id} />
              </>
            ) : tab === 'raw' ? (
              <RawView body={body} responseId={response.id} />
            ) : tab === 'headers' ? (
              <HeaderTable headers={response.headers} label="Response headers" />
            ) : tab === 'cookies' ? (
              <CookieTable cookies={response.cookies} />
            ) : tab === 'request' ? (
              <RequestView sent={outcome.sent} />
            ) : (
              <TimelineView redirects={response.redirects} timings={response.timings} finalUrl={response.url} />
            )}
          </div>
        </>
      )}
    </div>
  );
}
