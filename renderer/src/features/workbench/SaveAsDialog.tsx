import { useRef, useState, type FormEvent } from 'react';
import { AlertDialog } from '../../app/AlertDialog';
import { firstSaveName } from './builder-for';
import { useWorkbenchActions } from './WorkbenchContext';

/**
 * Ctrl+Shift+S: saves the active request as a new collection file under a name the user types. Enter saves,
 * Escape closes; either way focus returns to where it was.
 */
export function SaveAsDialog({ tabId, onClose }: { readonly tabId: string; readonly onClose: () => void }) {
  const workbench = useWorkbenchActions();
  const tab = workbench.tab(tabId);
  const [name, setName] = useState(() => (tab ? firstSaveName(tab.draft, tab.title) : ''));
  // The name is what the user types next.
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    onClose();
    void workbench.saveAs(tabId, name.trim());
  };

  return (
    <AlertDialog
      role="dialog"
      className="save-as-dialog"
      title="Save request as"
      initialFocus={input}
      onCancel={onClose}
      cancelOnBackdrop
      onSubmit={submit}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            Save
          </button>
        </>
      }
    >
      <label className="save-as-field">
        Name
        <input
          ref={input}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={name.trim() === '' || undefined}
        />
      </label>
      {name.trim() === '' ? <p className="muted">Give the request a name.</p> : null}
    </AlertDialog>
  );
}
