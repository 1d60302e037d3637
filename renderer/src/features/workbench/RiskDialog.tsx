import { useRef } from 'react';
import { AlertDialog } from '../../app/AlertDialog';
import type { RiskPrompt } from './WorkbenchContext';

/** Asks before a send that could get the user's IP banned. Cancel is the default button. */
export function RiskDialog({ prompt }: { readonly prompt: RiskPrompt }) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <AlertDialog
      className="risk-dialog"
      title="Send with a failing login?"
      description={prompt.message}
      initialFocus={cancel}
      onCancel={prompt.cancel}
      actions={
        <>
          <button ref={cancel} type="button" onClick={prompt.cancel}>
            Don’t send
          </button>
          <button type="button" className="danger" onClick={prompt.confirm}>
            Send anyway
          </button>
        </>
      }
    />
  );
}
