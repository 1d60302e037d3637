/**
 * The page holds back its unload while tabs have unsaved edits (a `beforeunload` handler); Electron then
 * emits `will-prevent-unload` and closes nothing unless main says so. This asks the user: Save (the page
 * saves every edited tab, then closes the window itself), Don't Save (close now; the session file still
 * brings the drafts back, secrets masked), or Cancel.
 */
import type { WebContents } from 'electron';

export const UNSAVED_PROMPT = {
  type: 'question',
  title: 'Unsaved changes',
  message: 'Some tabs have unsaved changes.',
  detail: 'Save them to their collection files before closing?',
  buttons: ['Save', 'Don’t Save', 'Cancel'],
  defaultId: 0,
  cancelId: 2,
} as const;

/** `confirm` shows UNSAVED_PROMPT and returns the chosen button's index; `saveAll` asks the page to save and close. */
export function confirmUnsavedUnload(
  contents: WebContents,
  confirm: (prompt: typeof UNSAVED_PROMPT) => number,
  saveAll: () => void,
): void {
  contents.on('will-prevent-unload', (event) => {
    const answer = confirm(UNSAVED_PROMPT);
    // preventDefault on this event lets the unload go ahead.
    if (answer === 1) event.preventDefault();
    else if (answer === 0) saveAll();
  });
}
