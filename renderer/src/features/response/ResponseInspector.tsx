import { CheckResultsView } from '../checks/CheckResultsView';
import { useState } from 'react';
import type { SendOutcome } from '../../../../shared/request/outcome';
import { BodyActions } from './BodyActions';
import { MONACO_LIMIT, PrettyView, RawView } from './BodyViews';
import { CookieTable, HeaderTable, RequestView, TimelineView } from './DetailViews';
import { FilterPanel } from './FilterPanel';
import { bodyKindOf } from './format';
import { SendingView } from './SendingView';
import { InterpretationBar, StatusLine, TransportError } from './Summary';
import { useResponseBody } from './useResponseBody';
import { Waterfall } from './Waterfall';
import './response.css';

export interface ResponseInspectorProps {
  readonly outcome: SendOutcome | null;
  readonly pending: boolean;
  /** The send in flight, whose progress main reports. */
  readonly pendingRequestId?: string | null;
  readonly onCancel: () => void;
  /** Merges these parameters into the draft and sends again (next/previous page). */
  readonly onFollowPage?: (params: Readonly<Record<string, unknown>>) => void;
}

type Tab = 'pretty' | 'raw' | 'headers' | 'cookies' | 'request' | 'timeline';
const tabs: readonly (readonly [Tab, string])[] = [
  ['pretty', 'Pretty'],
  ['raw', 'Raw'],
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
}: ResponseInspectorProps) {
  const response = outcome?.response ?? null;
  const body = useResponseBody(response);
  const kind = bodyKindOf(response?.body.contentType ?? '', body.text.slice(0, 100));
  // Big bodies open in Raw: its first rows come from the preview at once.
  const defaultTab: Tab =
    response && response.body.isText && response.body.size <= MONACO_LIMIT && kind !== 'text'
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
      {response ? <StatusLine response={response} /> : null}
      {outcome.warnings.map((warning, index) => (
        <p key={index} className="inspector-warning" role="note">
          ⚠ {warning}
        </p>
      ))}
      {outcome.error ? <TransportError error={outcome.error} /> : null}
      {outcome.interpretation ? (
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
          <div className="inspector-tabs" role="tablist" aria-label="Response views">
            {tabs.map(([id, label]) => (
              <button
                key={id}
                type="button"
                role="tab"
                id={`inspector-tab-${id}`}
                aria-selected={tab === id}
                aria-controls="inspector-panel"
                onClick={() => choose(id)}
              >
                {label}
                {id === 'headers' ? <span className="muted"> {response.headers.length}</span> : null}
                {id === 'cookies' && response.cookies.length > 0 ? (
                  <span className="muted"> {response.cookies.length}</span>
                ) : null}
              </button>
            ))}
            <span className="inspector-tabs-spacer" />
            <BodyActions response={response} body={body} />
          </div>
          <div
            className="inspector-panel"
            id="inspector-panel"
            role="tabpanel"
            aria-labelledby={`inspector-tab-${tab}`}
          >
            {(tab === 'pretty' || tab === 'raw') && !response.body.isText ? (
              <p className="muted">
                Binary body ({response.body.contentType || 'no content type'}). Use “Save body” to keep it.
              </p>
            ) : tab === 'pretty' ? (
              <>
                {body.windowed ? null : <FilterPanel text={body.text} kind={kind} complete={body.complete} />}
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
