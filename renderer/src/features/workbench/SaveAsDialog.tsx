import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useFocusTrap } from '../../app/useFocusTrap';
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
  const dialog = useRef<HTMLFormElement>(null);
  const trap = useFocusTrap(dialog);
  const input = useRef<HTMLInputElement>(null);
  // After the trap's own effect (which focuses the dialog): the name is what the user types next.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    onClose();
    void workbench.saveAs(tabId, name.trim());
  };

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <form
        ref={dialog}
        className="dialog save-as-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="save-as-title"
        tabIndex={-1}
        onSubmit={submit}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          } else trap(event);
        }}
      >
        <h2 id="save-as-title">Save request as</h2>
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
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            Save
          </button>
        </div>
      </form>
    </div>
  );
}
