/**
 * A modal question over a dimmed backdrop: labelled by its title, described by its text, the safe choice
 * focused first, Escape cancels, Tab stays inside, and focus goes back where it was when it closes.
 */
import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useFocusTrap } from './useFocusTrap';

export interface AlertDialogProps {
  /** 'dialog' for one that asks for input rather than a decision (screen readers announce it less urgently). */
  readonly role?: 'alertdialog' | 'dialog';
  /** Sizes and places the dialog box (beside the shared `dialog` look). */
  readonly className: string;
  readonly title: ReactNode;
  /** The sentence that says what is at stake; read out with the title. */
  readonly description?: ReactNode;
  /** What goes between the text and the buttons (a form's fields). */
  readonly children?: ReactNode;
  /** The buttons, in their visual order. */
  readonly actions: ReactNode;
  /** The element focused when the dialog opens: the choice that loses nothing. */
  readonly initialFocus: RefObject<HTMLElement | null>;
  /** Escape (and, with `cancelOnBackdrop`, a click beside the dialog). */
  readonly onCancel: () => void;
  readonly cancelOnBackdrop?: boolean;
  /** Makes the dialog a form: Enter in a field submits it. */
  readonly onSubmit?: (event: FormEvent) => void;
}

export function AlertDialog({
  role = 'alertdialog',
  className,
  title,
  description,
  children,
  actions,
  initialFocus,
  onCancel,
  cancelOnBackdrop = false,
  onSubmit,
}: AlertDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLElement | null>(null);
  const trap = useFocusTrap(dialog);
  // After the trap's own effect (which focuses the dialog itself).
  useEffect(() => {
    const element = initialFocus.current;
    element?.focus();
    if (element instanceof HTMLInputElement) element.select();
  }, [initialFocus]);

  const box = {
    className: `dialog ${className}`,
    role,
    'aria-modal': true,
    'aria-labelledby': `${id}-title`,
    'aria-describedby': description === undefined ? undefined : `${id}-text`,
    tabIndex: -1,
    onMouseDown: cancelOnBackdrop ? (event: { stopPropagation(): void }) => event.stopPropagation() : undefined,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      } else trap(event);
    },
  } as const;
  const content = (
    <>
      <h2 id={`${id}-title`}>{title}</h2>
      {description === undefined ? null : <p id={`${id}-text`}>{description}</p>}
      {children}
      <div className="dialog-actions">{actions}</div>
    </>
  );
  return (
    <div className="palette-backdrop" onMouseDown={cancelOnBackdrop ? onCancel : undefined}>
      {onSubmit ? (
        <form ref={(element) => void (dialog.current = element)} {...box} onSubmit={onSubmit}>
          {content}
        </form>
      ) : (
        <div ref={(element) => void (dialog.current = element)} {...box}>
          {content}
        </div>
      )}
    </div>
  );
}
