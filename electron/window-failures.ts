/**
 * The window is created hidden and shown when its page is ready: if the page never loads, or its process
 * dies, nothing would be on screen. These turn both into a visible error with Reload and Quit, written to
 * the log file too.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { WebContents } from 'electron';

export type FailureChoice = 'reload' | 'quit';

export interface FailureDeps {
  readonly log: (line: string) => void;
  readonly logFile: string;
  /** Shows a visible error (a native dialog in the app) and resolves with the user's choice. */
  readonly showError: (title: string, detail: string) => Promise<FailureChoice>;
  readonly quit: () => void;
}

/** Chromium's "navigation aborted": a reload or a cancelled navigation, not a failure. */
const ERR_ABORTED = -3;

export function watchWindowFailures(contents: WebContents, deps: FailureDeps): void {
  const fail = async (title: string, detail: string) => {
    deps.log(`${title}: ${detail}`);
    const choice = await deps.showError(title, `${detail}\n\nDetails are in ${deps.logFile}.`);
    if (choice === 'reload') contents.reload();
    else deps.quit();
  };
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (!isMainFrame || code === ERR_ABORTED) return;
    void fail('Parley could not open its window', `Loading ${url} failed: ${description} (${code}).`);
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    void fail('Parley’s window stopped', `Its page process ended (${details.reason}, exit code ${details.exitCode}).`);
  });
}

/** Appends time-stamped lines to a log file only its user can read; never throws. */
export function createLogFile(file: string): (line: string) => void {
  return (line) => {
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      appendFileSync(file, `${new Date().toISOString()} ${line}\n`, { mode: 0o600 });
    } catch {
      // A log that cannot be written must not take the app down with it.
    }
  };
}
