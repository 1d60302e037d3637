import { useEffect, useRef } from 'react';
import { useWorkbenchActions, type ClosePrompt } from './WorkbenchContext';

/** Asks before an edited tab closes: Save, Don't save, or Cancel (the default, so Enter loses nothing). */
export function CloseTabDialog({ prompt }: { readonly prompt: ClosePrompt }) {
  const { answerClose } = useWorkbenchActions();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="palette-backdrop">
      <div
        className="dialog risk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="close-tab-title"
        aria-describedby="close-tab-text"
        onKeyDown={(event) => event.key === 'Escape' && void answerClose('cancel')}
      >
        <h2 id="close-tab-title">Save changes to “{prompt.title}”?</h2>
        <p id="close-tab-text">The tab has unsaved changes. Closing without saving loses them.</p>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => void answerClose('save')}>
            Save
          </button>
          <button type="button" className="danger" onClick={() => void answerClose('discard')}>
            Don’t save
          </button>
          <button ref={cancel} type="button" onClick={() => void answerClose('cancel')}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
