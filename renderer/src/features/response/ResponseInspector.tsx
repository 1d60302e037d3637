import type { SendOutcome } from '../../../../shared/request/outcome';

export interface ResponseInspectorProps {
  readonly outcome: SendOutcome | null;
  readonly pending: boolean;
  readonly onCancel: () => void;
  /** Merges these parameters into the draft and sends again (next/previous page). */
  readonly onFollowPage?: (params: Readonly<Record<string, unknown>>) => void;
}

/** Placeholder until the response inspector lands. */
export function ResponseInspector({ outcome, pending, onCancel }: ResponseInspectorProps) {
  if (pending) return <div className="response-inspector"><p role="status">Sending…</p><button type="button" onClick={onCancel}>Cancel</button></div>;
  if (!outcome) return <div className="response-inspector empty-state">Send a request to see its response here.</div>;
  return (
    <div className="response-inspector">
      {outcome.error ? <p role="alert">{outcome.error.message}</p> : <p>{outcome.response?.status} {outcome.response?.statusText}</p>}
      {outcome.interpretation ? <p>{outcome.interpretation.summary}</p> : null}
      <pre>{outcome.response?.body.preview}</pre>
    </div>
  );
}
