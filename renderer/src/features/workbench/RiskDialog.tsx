import { useEffect, useRef } from 'react';
import type { RiskPrompt } from './WorkbenchContext';

/** Asks before a send that could get the user's IP banned. Cancel is the default button. */
export function RiskDialog({ prompt }: { readonly prompt: RiskPrompt }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="palette-backdrop">
      <div
        className="dialog risk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="risk-title"
        aria-describedby="risk-text"
      >
        <h2 id="risk-title">Send with a failing login?</h2>
        <p id="risk-text">{prompt.message}</p>
        <div className="dialog-actions">
          <button ref={cancel} type="button" onClick={prompt.cancel}>
            Don’t send
          </button>
          <button type="button" className="danger" onClick={prompt.confirm}>
            Send anyway
          </button>
        </div>
      </div>
    </div>
  );
}
