/**
 * The page holds back its unload while tabs have unsaved edits (a `beforeunload` handler); Electron then
 * emits `will-prevent-unload` and closes nothing unless main says so. This asks the user.
 */
import type { WebContents } from 'electron';

export const UNSAVED_PROMPT = {
  type: 'question',
  title: 'Unsaved changes',
  message: 'Some tabs have unsaved changes.',
  detail: 'Closing now loses them. Save them with Ctrl+S (⌘S) first, or close anyway.',
  buttons: ['Close Without Saving', 'Cancel'],
  defaultId: 1,
  cancelId: 1,
} as const;

/** `confirm` shows UNSAVED_PROMPT and returns the chosen button's index. */
export function confirmUnsavedUnload(contents: WebContents, confirm: (prompt: typeof UNSAVED_PROMPT) => number): void {
  contents.on('will-prevent-unload', (event) => {
    // preventDefault on this event lets the unload go ahead.
    if (confirm(UNSAVED_PROMPT) === 0) event.preventDefault();
  });
}
