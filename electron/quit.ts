/**
 * Quitting waits for the services to close (history flushed, mock servers and watchers stopped), but
 * never longer than a bound: a stuck dispose must not leave a window that will not quit.
 */
export const DISPOSE_TIMEOUT_MS = 5_000;

interface QuitEvent {
  preventDefault(): void;
}

export function createQuitAfterDispose(deps: {
  dispose: () => Promise<void>;
  quit: () => void;
  log: (line: string) => void;
  timeoutMs?: number;
}): (event: QuitEvent) => void {
  let state: 'running' | 'disposing' | 'done' = 'running';
  return (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'disposing') return;
    state = 'disposing';
    const timeoutMs = deps.timeoutMs ?? DISPOSE_TIMEOUT_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bound = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        deps.log(`Closing took longer than ${timeoutMs} ms; quitting anyway.`);
        resolve();
      }, timeoutMs);
    });
    const disposed = deps.dispose().catch((error: unknown) => deps.log(`Closing failed: ${String(error)}`));
    void Promise.race([disposed, bound]).then(() => {
      clearTimeout(timer);
      state = 'done';
      deps.quit();
    });
  };
}
