import { useRef } from 'react';
import { AlertDialog } from '../../app/AlertDialog';
import { useWorkbenchActions, type ClosePrompt } from './WorkbenchContext';

/** Asks before an edited tab closes: Save, Don't save, or Cancel (the default, so Enter loses nothing). */
export function CloseTabDialog({ prompt }: { readonly prompt: ClosePrompt }) {
  const { answerClose } = useWorkbenchActions();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <AlertDialog
      className="risk-dialog"
      title={<>Save changes to “{prompt.title}”?</>}
      description="The tab has unsaved changes. Closing without saving loses them."
      initialFocus={cancel}
      onCancel={() => void answerClose('cancel')}
      actions={
        <>
          <button type="button" className="primary" onClick={() => void answerClose('save')}>
            Save
          </button>
          <button type="button" className="danger" onClick={() => void answerClose('discard')}>
            Don’t save
          </button>
          <button ref={cancel} type="button" onClick={() => void answerClose('cancel')}>
            Cancel
          </button>
        </>
      }
    />
  );
}
