/**
 * Runs `task` once, after the user has paused: every key or pointer press on `target` puts it off by another
 * `quietMs`, then `whenIdle` schedules it (the browser's idle callback in the app). For work that blocks the main
 * thread for a while (parsing a large chunk) and would otherwise land in the middle of typing.
 * Returns a function that cancels the task if it has not started.
 */
export function runWhenQuiet(
  task: () => void,
  quietMs: number,
  target: EventTarget,
  whenIdle: (run: () => void) => () => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  const presses = ['keydown', 'pointerdown'] as const;
  const stopListening = () => presses.forEach((type) => target.removeEventListener(type, postpone, { capture: true }));
  const start = () => {
    stopListening();
    cancelIdle = whenIdle(task);
  };
  function postpone() {
    clearTimeout(timer);
    timer = setTimeout(start, quietMs);
  }
  presses.forEach((type) => target.addEventListener(type, postpone, { capture: true }));
  postpone();
  return () => {
    stopListening();
    clearTimeout(timer);
    cancelIdle?.();
  };
}
