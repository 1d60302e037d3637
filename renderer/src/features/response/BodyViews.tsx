/** The Pretty and Raw tabs. Small JSON/XML goes to Monaco; anything big to the virtualised viewer. */
import { useMemo } from 'react';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { rowOffsets, type BodyKind } from './format';
import { usePreparedText } from './usePreparedText';
import type { ResponseBodyState } from './useResponseBody';
import { VirtualText } from './VirtualText';
import { WindowedText } from './WindowedText';

/** Above this, Monaco's model building would hold the main thread too long: the virtual viewer takes over. */
export const MONACO_LIMIT = 1024 * 1024;
/** Up to this, indexing rows on the main thread takes a few milliseconds. */
const SYNC_INDEX_LIMIT = 2 * 1024 * 1024;

function Progress({ body, what }: { readonly body: ResponseBodyState; readonly what: string }) {
  const percent = body.totalBytes > 0 ? Math.round((body.loadedBytes / body.totalBytes) * 100) : 100;
  return (
    <p className="inspector-progress muted" role="status">
      {body.complete ? `${what}…` : `Loading body… ${percent}%`}
      {body.error ? <span className="inspector-error-text"> {body.error}</span> : null}
    </p>
  );
}

export function RawView({ body, responseId }: { readonly body: ResponseBodyState; readonly responseId: string }) {
  if (body.windowed)
    return (
      <div className="inspector-body">
        <WindowedText key={responseId} responseId={responseId} preview={body.text} label="Raw body" />
      </div>
    );
  return <LoadedRawView body={body} />;
}

function LoadedRawView({ body }: { readonly body: ResponseBodyState }) {
  const small = body.text.length <= SYNC_INDEX_LIMIT;
  const syncOffsets = useMemo(() => (small ? rowOffsets(body.text) : null), [small, body.text]);
  const { prepared } = usePreparedText(small ? null : body.text, 'text', false);
  const view = syncOffsets ? { text: body.text, offsets: syncOffsets } : prepared;
  return (
    <div className="inspector-body">
      {!body.complete ? <Progress body={body} what="Loading" /> : null}
      {view ? (
        <VirtualText text={view.text} offsets={view.offsets} label="Raw body" />
      ) : (
        <Progress body={body} what="Indexing rows" />
      )}
    </div>
  );
}

export function PrettyView({
  body,
  kind,
  theme,
  responseId,
}: {
  readonly body: ResponseBodyState;
  readonly kind: BodyKind;
  readonly theme: 'light' | 'dark';
  readonly responseId: string;
}) {
  if (body.windowed)
    return (
      <div className="inspector-body">
        {kind === 'json' ? (
          <p className="muted">
            Formatted in the background, a page at a time. Find matches the text as received; JSONPath runs over the
            whole body in the background.
          </p>
        ) : (
          <p className="muted">Too large to reformat in the window: shown as received.</p>
        )}
        <WindowedText
          key={`${responseId}-${kind}`}
          responseId={responseId}
          preview={kind === 'json' ? '' : body.text}
          label="Pretty body"
          view={kind === 'json' ? 'pretty' : 'raw'}
        />
      </div>
    );
  return <LoadedPrettyView body={body} kind={kind} theme={theme} />;
}

function LoadedPrettyView({
  body,
  kind,
  theme,
}: {
  readonly body: ResponseBodyState;
  readonly kind: BodyKind;
  readonly theme: 'light' | 'dark';
}) {
  const { prepared, error } = usePreparedText(body.complete ? body.text : null, kind, true);
  if (!body.complete)
    return (
      <div className="inspector-body">
        <Progress body={body} what="Loading" />
      </div>
    );
  if (error)
    return (
      <p className="inspector-error-text" role="alert">
        {error}
      </p>
    );
  if (!prepared)
    return (
      <div className="inspector-body">
        <Progress body={body} what="Formatting in the background" />
      </div>
    );
  if (prepared.problem)
    return (
      <div className="inspector-body">
        <p className="inspector-warning" role="alert">
          ⚠ {prepared.problem}
        </p>
        <VirtualText text={prepared.text} offsets={prepared.offsets} label="Body as it arrived" />
      </div>
    );
  if (prepared.text.length <= MONACO_LIMIT && kind !== 'text') {
    return (
      <div className="inspector-body inspector-monaco">
        <LazyCodeEditor
          value={prepared.text}
          language={kind === 'html' ? 'xml' : kind}
          readOnly
          theme={theme}
          ariaLabel="Pretty body (Ctrl+F finds)"
        />
      </div>
    );
  }
  return (
    <div className="inspector-body">
      <VirtualText text={prepared.text} offsets={prepared.offsets} label="Pretty body" />
    </div>
  );
}
