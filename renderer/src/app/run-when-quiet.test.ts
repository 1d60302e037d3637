import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runWhenQuiet } from './run-when-quiet';

const rightAway = (run: () => void) => {
  run();
  return () => undefined;
};

describe('runWhenQuiet (Monaco is warmed only once the user pauses)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs after a quiet spell, put off by each key or pointer press', () => {
    const target = new EventTarget();
    const task = vi.fn();
    runWhenQuiet(task, 1500, target, rightAway);
    vi.advanceTimersByTime(1000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(1000);
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(1499);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    // Once started, presses no longer schedule it again.
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs when cancelled first, and a cancelled idle callback is withdrawn', () => {
    const target = new EventTarget();
    const task = vi.fn();
    runWhenQuiet(task, 1500, target, rightAway)();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();

    const withdrawn = vi.fn();
    const cancel = runWhenQuiet(task, 100, target, () => withdrawn);
    vi.advanceTimersByTime(100);
    cancel();
    expect(withdrawn).toHaveBeenCalledTimes(1);
    expect(task).not.toHaveBeenCalled();
  });
});
